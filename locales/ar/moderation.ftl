## الإشراف: البطاقات والردود في غرفة الإشراف (اللغة الافتراضية للمنطقة)،
## وما يُبلَّغ به السكان (بلغتهم).

moderation-card =
    🛡️ رسالة محتجزة #{ $number } · { $who } ({ $channel }، { $language })
    الوجهة: { $where }
    القاعدة: { $rule } · التطابق: { $matched }
    KOBAN-SPLICE-VALUE
    ردّ في هذا الموضوع بأحد الأوامر ‎!release أو ‎!remove [السبب] أو ‎!dismiss أو ‎!warn [السبب] أو ‎!mute [24h] [السبب] أو ‎!block [السبب] (أو أضف الرقم: ‎!release { $number }).
moderation-card-photo = 📷 في الرسالة صورة: تُرسل مع الرسالة عند الإفراج عنها.
moderation-where-ticket = التذكرة { $reference } (قائمة الانتظار { $queue })
moderation-where-report = البلاغ الذي يكتبه الساكن
moderation-where-new = سؤال جديد إلى الضباط
moderation-done-release = ✅ أفرج { $user } عن الرسالة #{ $number }: تُرسل كأنها لم تُحتجز قط.{ $behind ->
        [0] {""}
       *[other] { " " }وتتبعها رسائل الساكن نفسه اللاحقة التي كانت تنتظر خلفها: { $behind }.
    }
moderation-done-remove = 🗑️ حذف { $user } الرسالة #{ $number }: لن تُرسل.
moderation-done-dismiss = تجاهل { $user } الرسالة #{ $number }: لن تُرسل.
moderation-done-warn = ⚠️ وجّه { $user } تحذيرًا إلى { $who } ({ $count ->
        [zero] { $count } تحذير
        [one] تحذير واحد
        [two] تحذيران
        [few] { $count } تحذيرات
        [many] { $count } تحذيرًا
       *[other] { $count } تحذير
    } خلال الأيام الـ{ $days } الماضية). أُبلغ الساكن بذلك بلغته.
moderation-done-mute = 🔇 أوقف { $user } مراسلات { $who } مؤقتًا حتى { $until }: لن تصل رسائله إلى الضباط حتى ذلك الحين. أُبلغ الساكن بذلك.
moderation-done-block = ⛔ حظر { $user } الساكن { $who }: لن يصل أي شيء يرسله إلى أحد. أُبلغ بذلك مرة واحدة، مع طريقة الاعتراض.
moderation-done-unblock = رفع { $user } الحظر عن { $who }. أُبلغ الساكن بأنه يستطيع الكتابة مجددًا.
moderation-done-unmute = رفع { $user } الإيقاف المؤقت عن { $who }.
moderation-escalated = 🔇 { $count ->
        [zero] هذه { $count } تحذير
        [one] هذا تحذير واحد
        [two] هذان تحذيران
        [few] هذه { $count } تحذيرات
        [many] هذه { $count } تحذيرًا
       *[other] هذه { $count } تحذير
    } خلال الأيام الـ{ $days } الماضية: أُوقفت مراسلات { $who } مؤقتًا حتى { $until }.
moderation-not-pending = الرسالة #{ $number } لا تنتظر قرارًا (اتُّخذ القرار بشأنها، أو لا يوجد هذا الرقم). يعرض ‎!held ما ينتظر.
moderation-no-target = حدّد الرسالة: ردّ في موضوع بطاقتها، أو أضف رقمها (‎!release 12). وللساكن: اسمه المستعار (‎!block 7F3K).
moderation-unknown-resident = لا يوجد ساكن باسم { $who }.
moderation-held-empty = لا شيء ينتظر المراجعة.
moderation-held-list = { $count ->
        [zero] { $count } رسالة تنتظر المراجعة:
        [one] رسالة واحدة تنتظر المراجعة:
        [two] رسالتان تنتظران المراجعة:
        [few] { $count } رسائل تنتظر المراجعة:
        [many] { $count } رسالة تنتظر المراجعة:
       *[other] { $count } رسالة تنتظر المراجعة:
    }
moderation-held-line = #{ $number } · { $who } · القاعدة { $rule } · منذ { $age } دقيقة
moderation-test-pass = ✅ هذا النص يمرّ: لا تنطبق عليه أي قاعدة.
moderation-test-result = نتيجة هذا النص: { $action }.
moderation-test-line = • القاعدة { $rule } ({ $action }{ $dry ->
        [yes] ، تشغيل تجريبي
       *[no] {""}
    }): { $matched }
moderation-rule-added = أُضيفت القاعدة { $id } ({ $action }{ $dry ->
        [yes] ، تشغيل تجريبي: تسجّل فقط ما كانت ستفعله
       *[no] {""}
    }).
moderation-rule-removed = أُزيلت القاعدة { $id }.
moderation-rule-unknown = لا توجد قاعدة { $id } بين القواعد المضافة هنا (تُعدَّل القواعد وقوائم الكلمات المهيّأة للمنطقة في ملفاتها).
moderation-rule-invalid = لم تُضف القاعدة: { $problem }
moderation-rule-usage =
    القواعد:
    ‎!rule add <المعرّف> <hold|block> [dry] words <كلمة، عبارة، …>
    ‎!rule add <المعرّف> <hold|block> [dry] pattern <تعبير نمطي>
    ‎!rule add <المعرّف> <hold|block> [dry] link <النطاق>
    ‎!rule remove <المعرّف> · ‎!rule list
moderation-rules-empty = لم تُضف أي قواعد هنا؛ تُطبَّق القواعد وقوائم الكلمات المهيّأة للمنطقة (عدد القواعد: { $configured }).
moderation-rules-list = { $count ->
        [zero] { $count } قاعدة مضافة هنا
        [one] قاعدة واحدة مضافة هنا
        [two] قاعدتان مضافتان هنا
        [few] { $count } قواعد مضافة هنا
        [many] { $count } قاعدة مضافة هنا
       *[other] { $count } قاعدة مضافة هنا
    } (وتُطبَّق إلى جانبها القواعد المهيّأة، وعددها: { $configured }):
moderation-rule-line = • { $id }: { $action }{ $dry ->
        [yes] {" "}(تشغيل تجريبي)
       *[no] {""}
    } · { $kind } { $spec } · أضافها { $user }
moderation-audit-empty = سجل التدقيق فارغ.
moderation-audit-list = { $count ->
        [zero] آخر { $count } قيد في سجل التدقيق:
        [one] آخر قيد في سجل التدقيق:
        [two] آخر قيدين في سجل التدقيق:
        [few] آخر { $count } قيود في سجل التدقيق:
        [many] آخر { $count } قيدًا في سجل التدقيق:
       *[other] آخر { $count } قيد في سجل التدقيق:
    }
moderation-audit-line = { $seq }. { $when } · { $actor } · { $action } · { $subject }{ $reason ->
        [none] {""}
       *[other] {" "}· «{ $reason }»
    }
moderation-help =
    الأوامر في غرفة الإشراف (في موضوع البطاقة يمكن حذف الرقم):
    ‎!release <n>: إرسال الرسالة المحتجزة · ‎!remove <n> [السبب] · ‎!dismiss <n>
    ‎!warn <n|الاسم المستعار> [السبب] · ‎!mute <n|الاسم المستعار> [30m|24h|7d] [السبب]
    ‎!block <n|الاسم المستعار> [السبب] · ‎!unblock <الاسم المستعار> · ‎!unmute <الاسم المستعار>
    ‎!held: ما ينتظر · ‎!test <نص>: القواعد التي تنطبق · ‎!audit [n]: آخر القيود
    ‎!rule add … · ‎!rule remove <المعرّف> · ‎!rule list
moderation-not-allowed = ⛔ لا يحق لـ{ $user } الإشراف هنا: يلزم مستوى الصلاحية { $level }.

moderation-held-notice = شكرًا لك. ستُرسل رسالتك بعد فحص قصير. إذا كان الأمر عاجلًا، فاتصل بالرقم { $emergency }.
moderation-refused = لم تُرسل رسالتك: لا تنقل هذه الخدمة الإهانات أو التهديدات أو خطاب الكراهية. يُرجى إعادة كتابتها بكلمات أخرى. إذا كان الأمر عاجلًا، فاتصل بالرقم { $emergency }.
moderation-warned = { $reason ->
        [none] ⚠️ وجّه إليك أحد المشرفين تحذيرًا بشأن رسالتك: يُرجى الالتزام بقواعد هذه الخدمة.
       *[other] ⚠️ وجّه إليك أحد المشرفين تحذيرًا بشأن رسالتك: { $reason }. يُرجى الالتزام بقواعد هذه الخدمة.
    } بعد تكرار التحذيرات، لن تتمكن من الكتابة لفترة من الوقت.
moderation-muted = 🔇 لا يمكنك مراسلة الضباط حتى { $until }. في حالة الطوارئ اتصل بالرقم { $emergency }؛ وللمسائل العاجلة الأخرى اتصل بالرقم { $police }.
moderation-blocked = ⛔ حُظر وصولك إلى هذه الخدمة، ولم تعد رسائلك تصل إلى أحد. إذا كنت تعتقد أن ذلك خطأ، فيمكنك الاعتراض: { $appeal }. في حالة الطوارئ اتصل بالرقم { $emergency }.
moderation-unblocked = يمكنك مراسلتنا من جديد.

moderation-report-card =
    🚩 بلاغ #{ $number } من { $user }: { $who }، { $reference } (قائمة الانتظار { $queue }){ $reason ->
        [none] {""}
       *[other] {" "}· “{ $reason }”
    }
    آخر رسالة:
    KOBAN-SPLICE-VALUE
    ردّوا في هذا النقاش بـ ‎!warn [السبب] أو ‎!mute [24h] [السبب] أو ‎!block [السبب] أو ‎!dismiss.
moderation-report-sent = 🚩 أُحيل إلى المشرفين مع آخر رسالة من الساكن.
moderation-done-take-back = 🗑️ أُزيل #{ $number } بواسطة { $user }: يسحب koban نسخه في غرفة قائمة الانتظار، وعلى تيليغرام الرسالة في محادثة الساكن (يسمح تيليغرام بذلك لمدة 48 ساعة).
moderation-slow-down = لقد أرسلتم عدة بلاغات أو أسئلة جديدة في وقت قصير. يُرجى الانتظار دقيقة قبل إرسال التالي؛ ما كتبتموه محفوظ. إذا كان الأمر عاجلاً، اتصلوا بالرقم { $emergency }.
