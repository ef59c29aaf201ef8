## When something goes wrong inside koban: the resident is asked to try
## again; officers and coordinators are told what did not arrive.

error-try-again = عذرًا، حدث خطأ من جهتنا في رسالتك الأخيرة. يُرجى إرسالها مرة أخرى.
notice-card-failed = ⚠️ تعذّر نشر بطاقة { $reference } في غرفة قائمتها ({ $error }). رسائلها تنتظر ولم يضِع شيء: عندما يستطيع koban الكتابة في الغرفة مجددًا، يشغّل أحد المشغّلين ‎`koban outbox --retry`‎ فتتبعها البطاقة وسلسلتها.
notice-thread-not-ticket = ⚠️ هذه السلسلة لا تخصّ أي تذكرة، لذا لم تُرسَل رسالتك إلى أي ساكن. أجب في سلسلة بطاقة التذكرة.
