## When something goes wrong inside koban: the resident is asked to try
## again; officers and coordinators are told what did not arrive.

error-try-again = Üzgünüz, son mesajınızda bizim tarafımızda bir sorun oluştu. Lütfen tekrar gönderin.
notice-card-failed = ⚠️ { $reference } kartı kuyruk odasına gönderilemedi ({ $error }). Mesajları bekliyor ve hiçbir şey kaybolmadı: koban odaya yeniden yazabildiğinde bir operatör `koban outbox --retry` çalıştırır, kart ve konusu ardından gelir.
notice-thread-not-ticket = ⚠️ Bu konu hiçbir talebe ait değil, bu yüzden mesajınız hiçbir sakine gönderilmedi. Talebin kartının konusunda yanıtlayın.
