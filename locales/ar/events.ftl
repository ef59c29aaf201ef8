## الفعاليات والاشتراكات: ما يراه السكان.

cmd-events = الفعاليات القريبة منك واشتراكاتك

events-title = الفعاليات القادمة بالقرب منك — اضغط على إحداها لعرضها والرد عليها:
events-none = لا توجد حاليًا فعاليات مخطط لها في منطقتك. اشترك لتصلك أخبار الفعاليات الجديدة.
event-when = 🕒 { $when }
event-place = 📍 { $place }
event-audience = 👥 موجّهة إلى: { $audience }
event-access = ♿ { $access }
event-map = 🗺 الخريطة: { $url }
event-registration = يُرجى التسجيل باختيار «سأحضر».
event-places = الأماكن المتاحة: { $free } من { $capacity }.
event-full = اكتمل العدد: إذا اخترت «سأحضر» فستُضاف إلى قائمة الانتظار.
event-fallback = (وصف هذه الفعالية متوفر بهذه اللغة فقط: { $language }.)
event-cancelled-note = ❌ أُلغيت هذه الفعالية.
event-over = انتهت هذه الفعالية.
event-unknown = هذه الفعالية غير موجودة، أو لم تعد موجودة.

button-going = ✅ سأحضر
button-maybe = 🤔 ربما
button-not-going = ❌ لن أحضر
button-calendar = 📅 إضافة إلى التقويم
button-place = 📍 المكان
button-events = 📅 الفعاليات
button-show-event = عرض الفعالية
button-subscriptions = 🔔 الاشتراكات
button-subscribe-events = 🔔 نعم، أرسلوا لي الدعوات
button-leave-all = إلغاء كل الاشتراكات

invite-intro = 📣 ندعوك إلى:
update-intro = ✏️ تغيّرت فعالية سبق أن رددت عليها:
reminder-intro = ⏰ تذكير:
cancel-intro = ❌ أُلغيت: { $title } ({ $when }). نأسف لذلك — وسنخبرك بالفعالية القادمة.
calendar-caption = أضف «{ $title }» إلى تقويمك.
announcement-intro = 📢 من الشرطة المحلية في منطقتك:
announcement-fallback = (هذه الرسالة متوفرة بهذه اللغة فقط: { $language }.)

rsvp-going = ✅ أنت الآن في قائمة حضور «{ $title }». سنذكّرك قبل أن تبدأ.
rsvp-maybe = 🤔 سجّلنا ردّك: ربما. سنذكّرك قبل أن تبدأ «{ $title }».
rsvp-not-going = سجّلنا أنك لن تحضر «{ $title }». شكرًا لك على إبلاغنا.
rsvp-waiting = اكتمل العدد في «{ $title }». رقمك في قائمة الانتظار: { $position }؛ وسنخبرك فور توفّر مكان.
rsvp-offer = 🎟 توفّر مكان في «{ $title }»! اختر «سأحضر» قبل { $until } لتحصل عليه؛ وبعد ذلك ينتقل المكان إلى الشخص التالي في قائمة الانتظار.
rsvp-offer-expired = انتقل المكان في «{ $title }» إلى الشخص التالي في قائمة الانتظار، لأنه لم يُؤكَّد في الوقت المحدد.

standing-going = ردّك: ✅ سأحضر.
standing-maybe = ردّك: 🤔 ربما.
standing-not-going = ردّك: ❌ لن أحضر.
standing-waiting = أنت في قائمة الانتظار.
standing-offered = 🎟 هناك مكان محجوز لك حتى { $until }: اختر «سأحضر» لتحصل عليه.

subscriptions-title = ما الذي تريد أن تصلك أخباره؟ اضغط على الموضوع لتفعيله أو إيقافه. يمكنك إلغاء الاشتراك في أي وقت.
subscriptions-offer = هل تريد أن تصلك دعوات إلى لقاءات مع ضباط الشرطة المجتمعية في حيّك، مثل اجتماعات الأحياء ولقاءات «قهوة مع شرطي»؟ يمكنك تغيير ذلك في أي وقت من 📅 الفعاليات.
subscription-joined = 🔔 اشتركت في: { $topic }.
subscription-left = 🔕 ألغيت اشتراكك في: { $topic }.
subscriptions-none-left = 🔕 لن تصلك أي إعلانات بعد الآن. يمكنك الاشتراك من جديد في أي وقت.
topic-events = الفعاليات في منطقتي
topic-prevention = تنبيهات للوقاية من الجريمة
topic-news = أخبار الشرطة المحلية
export-subscriptions = 🔔 الاشتراكات: { $topics }
export-answer = 📅 «{ $title }»: { $answer }

## غرفة التنسيق (اللغة الافتراضية للمنطقة).

event-status-draft = مسودة
event-status-scheduled = مجدولة
event-status-published = منشورة
event-status-cancelled = ملغاة
broadcast-kind-invite = دعوة
broadcast-kind-update = تعديل
broadcast-kind-reminder = تذكير
broadcast-kind-cancel = إلغاء
broadcast-kind-announcement = إعلان

event-card =
    📅 الفعالية رقم { $id } ({ $status }): { $title }
    🕒 { $when }
    📍 { $place } · المنطقة: { $area } · الموضوع: { $topic } · الأماكن: { $capacity } · اللغات: { $languages }
    ✅ سيحضرون: { $going } · 🤔 ربما: { $maybe } · ❌ لن يحضروا: { $notgoing } · ⏳ في الانتظار: { $waiting }
event-created = حُفظت الفعالية رقم { $id } مسودةً. راجعها بالأمر ‎`!event show { $id } <language>`‎، ثم ‎`!event publish { $id }`‎ (الآن) أو ‎`!event publish { $id } YYYY-MM-DD HH:MM`‎.
event-updated = عُدّلت الفعالية رقم { $id }. يتلقى السكان الذين ردّوا بـ«سأحضر» أو «ربما» التعديل مع ملف تقويم جديد (إذا كانت منشورة).
event-published = نُشرت الفعالية رقم { $id }: يجري إرسال الدعوات إلى المشتركين (الإرسال رقم { $broadcast }).
event-scheduled = ستُنشر الفعالية رقم { $id } في: { $when }.
event-cancelled = أُلغيت الفعالية رقم { $id }. يُبلَّغ السكان الذين ردّوا بـ«سأحضر» أو «ربما»، ويصلهم إلغاء للموعد في التقويم.
event-is-cancelled = الفعالية رقم { $id } ملغاة ولا يمكن تعديلها.
event-not-draft = الفعالية رقم { $id } منشورة بالفعل.
event-not-found = لا توجد فعالية برقم { $id }.
event-invalid = لم ينجح ذلك: { $why }. يشرح الأمر ‎`!event help`‎ الطريقة.
event-refused = لا يحق إدارة الفعاليات هنا إلا للأعضاء الذين لديهم مستوى الصلاحية { $level } أو أعلى.
event-preview =
    معاينة ({ $language }):
    { $text }
events-planned-none = لا توجد فعاليات مخطط لها. يشرح الأمر ‎`!event help`‎ كيفية إنشاء فعالية.
attendees-title = الردود على الفعالية رقم { $id } (بالأسماء المستعارة):
attendees-none = لم يردّ أحد بعد.
broadcast-card = 📣 الإرسال رقم { $id } ({ $kind }، الفعالية رقم { $event }): أُرسل { $sent } من { $total } · فشل: { $failed } · تعذّر الوصول: { $unreachable }
broadcast-card-done = 📣 اكتمل الإرسال رقم { $id } ({ $kind }، الفعالية رقم { $event }): أُرسل { $sent } من { $total } · فشل: { $failed } · تعذّر الوصول: { $unreachable } (حظروا البوت)
event-help =
    الفعاليات في غرفة التنسيق:
    ‎!event new — وحده: يسأل koban عن الحقول واحدًا تلو الآخر
    ‎!event new — ثم حقل واحد في كل سطر: title، when (YYYY-MM-DD HH:MM)، until (HH:MM) أو duration (بالدقائق)، where، map، geo (خط العرض, خط الطول)، area (أو all)، topic (events أو prevention أو news)، capacity، registration (yes/no)، for، access، about؛ والنصوص بلغات أخرى بصيغة title.de، about.de، …
    ‎!event set <n> — الحقول نفسها؛ لا يتغير إلا ما تذكره منها
    ‎!event show <n> [اللغة] — معاينة كما يراها السكان
    ‎!event publish <n> [YYYY-MM-DD HH:MM] — الآن أو في وقت محدد
    ‎!event cancel <n>
    ‎!events — ما هو مخطط له، مع الردود
    ‎!attendees <n> — الردود حسب الاسم المستعار
    ‎!announce new — ثم: topic (events أو prevention أو news)، area (أو all)، languages (مثل ar, uk؛ الافتراضي all)، via (subscribers أو channels أو both؛ الافتراضي subscribers)، text، text.de، …
    ‎!announce show <n> [اللغة] · ‎!announce send <n> [YYYY-MM-DD HH:MM] · ‎!announce cancel <n>
announcement-created = حُفظ الإعلان رقم { $id } مسودةً (الموضوع: { $topic }، المنطقة: { $area }، اللغات: { $languages }). راجعه بالأمر ‎`!announce show { $id } <language>`‎، ثم ‎`!announce send { $id }`‎ (الآن) أو ‎`!announce send { $id } YYYY-MM-DD HH:MM`‎.
announcement-sent = يجري إرسال الإعلان رقم { $id } إلى المشتركين (الإرسال رقم { $broadcast }).
announcement-scheduled = سيُرسَل الإعلان رقم { $id } في: { $when }.
announcement-cancelled = أُلغي الإعلان رقم { $id }؛ ولن يُرسَل.
announcement-not-found = لا يوجد إعلان برقم { $id }.
announcement-not-draft = الإعلان رقم { $id } أُرسل أو أُلغي بالفعل.
event-ask = { $step }/{ $steps } · { $question }
event-dialogue-start = فعالية جديدة خطوة بخطوة — { $who }، أجب عن كل سؤال برسالة عادية هنا. ‏`skip` (أو `-`) يترك حقلًا اختياريًا فارغًا، و`back` يعود سؤالًا واحدًا، و`stop` ينهي دون حفظ؛ وبعد 30 دقيقة دون إجابة ينتهي تلقائيًا.
event-ask-title = ما اسم الفعالية؟ (العنوان باللغة { $language }؛ اللغات الأخرى لاحقًا عبر `!event set <n>` و title.en: …)
event-ask-when = متى تبدأ؟ (YYYY-MM-DD HH:MM، بتوقيت { $tz })
event-ask-until = متى تنتهي؟ (HH:MM أو المدة بالدقائق؛ `skip`: { $minutes } دقيقة)
event-ask-where = أين؟ (العنوان الذي يأتي إليه السكان؛ `skip` إن لم يوجد)
event-ask-area = لأي منطقة؟ ({ $areas } أو all؛ `skip`: المنطقة كلها)
event-ask-capacity = كم عدد الأماكن؟ (رقم؛ `skip`: بلا حد)
event-ask-registration = هل يجب على السكان التسجيل بالإجابة «سأحضر»؟ (yes أو no؛ `skip`: لا)
event-ask-for = لمن هي؟ (مثلًا الآباء والأمهات، الشباب؛ `skip`: للجميع)
event-ask-access = ملاحظات إمكانية الوصول؟ (مثلًا مدخل بلا درج، لغة الإشارة؛ `skip`: لا شيء)
event-ask-about = أخيرًا: وصف قصير للدعوة. (`skip`: لا شيء)
event-ask-required = هذه المعلومة مطلوبة (`stop` ينهي دون حفظ).
event-ask-retry = لم ينجح ذلك: { $why }.
event-dialogue-stopped = تم الإيقاف؛ لم يُحفظ شيء.
announcement-posted = نُشر الإعلان #{ $id } في { $count ->
    [zero] أي قناة أخبار
    [one] قناة أخبار واحدة
    [two] قناتَي أخبار
    [few] { $count } قنوات أخبار
    [many] { $count } قناة أخبار
   *[other] { $count } قناة أخبار
}.
channel-answer-telegram = للرد والحصول على ملف التقويم والتذكيرات: { $link }
channel-answer-matrix = للرد والحصول على ملف التقويم والتذكيرات، راسل { $link } وأرسل `!start event_{ $id }`.
channel-post-failed = ⚠️ تعذّر على koban النشر في قناة الأخبار { $chat }: { $error }. على Telegram يجب أن يكون koban مشرفًا على القناة مسموحًا له بالنشر؛ وعلى Matrix عضوًا مسموحًا له بإرسال الرسائل.
