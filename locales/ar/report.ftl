## الإبلاغ الموجَّه عن حادث (للسكان). تسميات الأزرار (button-…، report-when-now،
## report-when-today، report-edit-…، category-…) لا تتجاوز 40 حرفًا.

cmd-report = الإبلاغ عن حادث
cmd-myreports = بلاغاتك وحالتها
cmd-cancel = إلغاء البلاغ الجاري

menu-myreports = 📂 بلاغاتي

# فئات البلاغات: الأسماء التي يختار منها السكان.
category-theft = سرقة
category-burglary = سطو على منزل أو مبنى
category-vandalism = تخريب أو كتابة على الجدران
category-drugs = إزعاج مرتبط بالمخدرات
category-nuisance = ضجيج أو إزعاج
category-traffic = خطر مروري
category-hate = حادثة كراهية أو تمييز
category-fraud = احتيال أو نصب عبر الإنترنت
category-other = شيء آخر

report-intro =
    📝 الإبلاغ عن حادث. يتم ذلك في بضع خطوات؛ يمكنك الرجوع أو الإلغاء في أي وقت، وما تُدخله يبقى محفوظًا إذا انقطعت.
    ⚠️ في حالة الطوارئ، اتصل الآن بالرقم { $emergency }.
report-category = ما الذي تريد الإبلاغ عنه؟ اختر فئة.
report-danger-question =
    هل هناك أحد في خطر الآن، أو هل يحدث الأمر في هذه اللحظة؟
    إذا كان الأمر كذلك، فاتصل بدلًا من ذلك بالرقم { $emergency }: يمكنهم إرسال المساعدة فورًا.
button-yes-danger = 🚨 نعم
button-no-danger = لا
report-danger =
    🚨 اتصل الآن بالرقم { $emergency }. تستطيع خدمات الطوارئ إرسال المساعدة فورًا؛ أما هذه المحادثة فلا تستطيع ذلك.
    إذا لم تستطع الكلام، فابقَ على الخط أو اتبع تعليمات موظف الطوارئ. وللمسائل الشرطية العاجلة الأخرى، اتصل بالرقم { $police }.
report-danger-hate =
    إذا كنت تتعرّض للتهديد أو الاعتداء، فانتقل إلى مكان آمن إن استطعت، واتصل بالرقم { $emergency }. سلامتك أولًا؛ ويمكنك الإبلاغ عن الباقي لاحقًا.
report-when = متى حدث ذلك؟
report-when-now = قبل قليل
report-when-today = في وقت سابق اليوم
button-when-other = 📅 يوم أو وقت آخر
report-when-other = اكتب متى حدث ذلك، مثلًا «الليلة الماضية نحو الساعة 11 مساءً» أو «12 مايو، الساعة 14:00».
report-where =
    أين حدث ذلك؟ { $channel ->
        [Telegram] شارك موقعًا (📎 ← الموقع)، أو
       *[other] شارك موقعك، أو
    } اكتب عنوانًا أو وصفًا للمكان. يمكنك أيضًا تخطّي هذه الخطوة.
button-skip-where = بدون موقع
report-what =
    ماذا حدث؟ صِف ما جرى بكلماتك وبلغتك: ما الذي رأيته، ومن كان متورطًا (أوصاف، مركبات، أرقام لوحات السيارات)، وأي شيء آخر قد يساعد.
report-photos =
    📷 يمكنك إضافة صور: أرسلها كصور أو كملفات، بحدٍّ أقصى { $max }. تُزال البيانات المخفية، مثل مكان التصوير، قبل أن يراها الضباط. { $count ->
        [0] لم تُضَف أي صورة بعد.
        [one] أُضيفت صورة واحدة.
        [two] أُضيفت صورتان.
        [few] أُضيفت { $count } صور.
        [many] أُضيفت { $count } صورة.
       *[other] أُضيفت { $count } صورة.
    }
button-no-photos = بدون صور
button-photos-done = ✅ انتهيت من الصور
report-contact =
    هل تسمح لأحد الضباط بالتواصل معك بشأن هذا البلاغ؟ افتراضيًا، لا يرى الضباط إلا اسمك المستعار ({ $pseudonym })، ويجيبونك في هذه المحادثة.
button-anonymous = 🕶️ الرد في هذه المحادثة فقط
button-share-contact = ☎️ إعطاء اسم ورقم هاتف
report-contact-details = اكتب اسمك ورقم هاتفك، ليتمكّن أحد الضباط من الاتصال بك.
report-summary = 📋 يُرجى مراجعة بلاغك قبل إرساله:
button-send-report = ✅ إرسال البلاغ
button-edit = ✏️ تغيير شيء ما
report-edit = ما الذي تريد تغييره؟
report-edit-category = الفئة
report-edit-when = متى
report-edit-where = أين
report-edit-what = الوصف
report-edit-photos = الصور
report-edit-contact = التواصل
button-cancel-report = ✖️ إلغاء البلاغ
button-resume = ▶️ متابعة بلاغي
button-restart = 🔄 بدء بلاغ جديد
report-in-progress = لديك بلاغ لم يكتمل بعد. هل تريد متابعته أم البدء من جديد؟
report-no-draft = هذا البلاغ لم يعد قيد الإعداد (فقد أُرسل أو أُلغي أو انتهت مدته). إليك القائمة الرئيسية.
report-cancelled = أُلغي بلاغك وحُذف ما أدخلته.
nothing-to-cancel = لا يوجد شيء لإلغائه.

report-value-none = غير محدد
report-field-category = الفئة: { $value }
report-field-when = متى: { $value }
report-field-where = أين: { $value }
report-field-what = ما حدث: { $value }
report-field-photos = { $count ->
        [0] الصور: لا توجد
        [one] الصور: صورة واحدة
        [two] الصور: صورتان
        [few] الصور: { $count } صور
        [many] الصور: { $count } صورة
       *[other] الصور: { $count } صورة
    }
report-field-contact = التواصل: { $value }
report-contact-anonymous = الرد في هذه المحادثة فقط (يرى الضباط «{ $pseudonym }»)

button-use-photo-location = 📍 نعم، استخدمه
button-ignore-photo-location = لا
report-photo-location = تتضمن صورتك المكان الذي التُقطت فيه: { $place }. هل تريد استخدامه موقعًا للحادث؟ لن يُستخدم إلا إذا وافقت.
report-location-saved = 📍 حُفظ الموقع: { $place }.
report-location-invalid = تعذّرت قراءة هذا الموقع. يُرجى مشاركته مرة أخرى أو كتابة عنوان.
report-location-outside = هذا الموقع خارج نطاق { $zone }. يُرجى إبلاغ شرطة ذلك المكان، أو مشاركة موقع آخر أو كتابته.
report-text-added = أُضيف نصك إلى الوصف.
report-description-full = بلغ وصفك الحد الأقصى للطول، ولم يُضَف باقي هذه الرسالة. يمكنك إضافة التفاصيل لاحقًا، عندما يرد عليك أحد الضباط.
report-use-buttons = يُرجى اختيار أحد الخيارات أدناه، أو إلغاء البلاغ.
report-photo-too-early = يُرجى أولًا اختيار فئة والإجابة عن السؤال المتعلق بالخطر، ثم إرسال صورك.
report-too-many-photos = الحد الأقصى لعدد الصور في البلاغ الواحد هو { $max }. لم تُضَف هذه الصورة؛ أما الصور الأخرى فمحفوظة.
report-photo-added = 📷 أُضيفت الصورة { $n } من { $max }.
report-unsupported = لا يمكنني استخدام هذا في البلاغ. يُرجى إرسال نص أو صور أو موقع؛ ما أدخلته حتى الآن محفوظ.
report-empty-text = كانت تلك الرسالة فارغة. ما أدخلته حتى الآن محفوظ.

report-sent =
    ✅ شكرًا لك. أُرسل بلاغك إلى ضباط الشرطة المجتمعية برقم المرجع { $reference }.
    ماذا بعد؟ يقرأ أحد الضباط بلاغك، وقد يطرح عليك أسئلة هنا، ثم يخبرك بما يُتّخذ من إجراءات. ستصلك المستجدات في هذه المحادثة، ويعرض الأمر ‎/myreports حالة بلاغاتك.
report-expired =
    ⌛ حُذف بلاغك غير المكتمل ({ $category }) لأنه لم يُضَف إليه شيء طوال { $minutes } دقيقة. يمكنك بدء بلاغ جديد في أي وقت.

myreports-title = 📂 بلاغاتك وأسئلتك:
myreports-none = لم ترسل أي بلاغات أو أسئلة بعد.
myreports-question = سؤال
myreports-line = • { $reference } · { $what } · { $date } · { $status }
status-open = بانتظار أحد الضباط
status-claimed = أحد الضباط يتابعه
status-waiting = ردّ عليك أحد الضباط
status-closed = مغلق

report-closed =
    ✅ أغلق ضباط الشرطة المجتمعية بلاغك { $reference }. شكرًا لك على الإبلاغ. للإبلاغ عن أمر آخر، استخدم الأمر ‎/report.
report-closed-resolution =
    ✅ أغلق ضباط الشرطة المجتمعية بلاغك { $reference }:
    { $resolution }
    شكرًا لك على الإبلاغ. للإبلاغ عن أمر آخر، استخدم الأمر ‎/report.

ticket-claimed = 👮 يتابع أحد ضباط الشرطة المجتمعية الآن { $reference }. ستتلقى الرد هنا.

## الضباط (اللغة الافتراضية للمنطقة).

card-report =
    🗂️ { $reference } · بلاغ جديد: { $category }
    من: { $pseudonym } · عبر { $channel } · اللغة: { $language } · المنطقة: { $area }

    { $fields }

    تصل الصور تباعًا في هذا الموضوع. ردّ في هذا الموضوع للإجابة على الساكن؛ واكتب ‎!claim لتولّي البلاغ.
thread-report-photo = الصورة { $n } من { $total } ({ $reference })
