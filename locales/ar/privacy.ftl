## حقوق السكان في بياناتهم: الاطلاع على ما يحتفظ به koban وحذفه.

cmd-mydata = عرض ما يحتفظ به koban عنك
cmd-erase = حذف كل ما يحتفظ به koban عنك

privacy-rights = أو اختر أدناه: عرض بياناتك أو حذفها.
button-mydata = 📄 بياناتي
button-erase-ask = 🗑️ حذف بياناتي
button-erase = 🗑️ نعم، احذف كل شيء
button-keep = لا، احتفظ بها

erase-confirm =
    🗑️ سيؤدي هذا إلى حذف كل ما يحتفظ به koban عنك: بلاغاتك وأسئلتك، وردود الضباط، وصورك، وبلاغك غير المكتمل، وإعداداتك. ولن يتمكن الضباط بعد ذلك من متابعة بلاغاتك. لا يمكن التراجع عن هذا الإجراء.
    هل تريد حذف كل شيء؟
erase-done = ✅ حُذف كل ما كان koban يحتفظ به عنك. إذا كتبت إلينا مرة أخرى، فستبدأ من جديد.

export-title = 📄 ما يحتفظ به koban عنك ({ $pseudonym }):
export-profile = اللغة: { $language } · المنطقة: { $area } · أول تواصل: { $since } · عبر: { $channel }
export-none = لا توجد بلاغات أو أسئلة.
export-draft = بلاغ غير مكتمل (الصور: { $photos }).
export-line-you = { $time } · أنت: { $text }
export-line-officer = { $time } · الضابط: { $text }
export-end = هذا كل شيء. لا تُعرض الملاحظات الداخلية للضباط. يحذف الأمر ‎/erase (على Matrix: ‎!erase) كل ذلك.

notice-erased = 🗑️ بناءً على طلب { $pseudonym }، حذف { $user } جميع بيانات هذا الساكن. يزيل koban نُسَخه (البطاقات والرسائل والصور) من الغرف.
