## Sakinler için metinler. Değişkenleri koban doldurur; adlarını değiştirmeyin.

welcome =
    Merhaba! Burası { $zone }: mahalle polislerinize doğrudan ulaşabileceğiniz bir hat.
    Sorunuzu buraya kendi dilinizde yazın; bir polis memuru bu sohbette size cevap verecek. Fotoğraf da gönderebilirsiniz.

emergency-note =
    ⚠️ Bu sohbet acil durumlar için değildir. Acil bir durumda hemen { $emergency } numarasını arayın. Polisle ilgili diğer acil işler için { $police } numarasını arayın.

ticket-opened =
    Teşekkür ederiz. Mesajınız { $reference } referans numarasıyla mahalle polislerine iletildi. Cevap buraya, bu sohbete gelecek.

officer-role = Mahalle polisi

officer-reply =
    👮 { $role } ({ $reference }):
    { $text }

unsupported-message =
    Üzgünüm, şimdilik yalnızca yazılı mesajları ve fotoğrafları okuyabiliyorum. Lütfen mesajınızı yazı olarak gönderin.

unknown-command = { $channel ->
        [Matrix] { $command } komutunu tanımıyorum. Sorunuzu doğrudan yazın ya da karşılama mesajını tekrar görmek için !start gönderin.
       *[other] { $command } komutunu tanımıyorum. Sorunuzu doğrudan yazın ya da karşılama mesajını tekrar görmek için /start gönderin.
    }

image-too-large =
    Bu dosya çok büyük ({ $size_mb } MiB). En fazla { $max_mb } MiB boyutundaki dosyaları kabul edebiliyorum. Lütfen daha küçük bir fotoğraf gönderin.

image-not-image =
    Bu dosya kabul edebileceğim bir resim değil. Lütfen bir fotoğraf gönderin (JPEG, PNG veya WebP).

image-failed =
    Bu fotoğrafı işleyemedim, bu yüzden iletilmedi. Lütfen tekrar deneyin veya normal bir fotoğraf olarak gönderin.

photos-forwarded =
    { $count ->
        [one] Fotoğrafınız { $reference } kaydına eklendi.
       *[other] { $count } fotoğrafınız { $reference } kaydına eklendi.
    }

## Polis memurları için metinler; bekleme odalarında bölgenin varsayılan dilinde gösterilir.

card-question =
    🎫 { $reference } · yeni soru
    Gönderen: { $pseudonym } · kanal: { $channel } · dil: { $language }

    { $text }

    Sakine cevap vermek için bu mesaj dizisinde yanıtlayın.

card-no-text = (metinsiz fotoğraf)

thread-photo = { $pseudonym } tarafından gönderilen fotoğraf

thread-text = { $pseudonym }: { $text }

something-went-wrong =
    Üzgünüz, bizim tarafımızda bir sorun oluştu. Mesajınız saklandı, tekrar deneyeceğiz.

## Menüler ve gezinme.

# Bu dilin kendi dilindeki adı; dil seçiminde gösterilir.
language-name = Türkçe
language-set = Bundan sonra size Türkçe yazacağım.
choose-language = Dilinizi seçin:

menu-title = Ne yapmak istersiniz? Bir seçenek seçin.
menu-report = 📝 Olay bildir
menu-question = ❓ Soru sor
menu-advice = 🛡️ Önleme tavsiyeleri
menu-rights = ⚖️ Haklarınız
menu-events = 📅 Etkinlikler
menu-contact = 👮 Mahalle polisiniz
menu-area = 📍 Bölgem
menu-language = 🌐 Dil
menu-privacy = 🔒 Gizlilik

button-back = ⬅️ Geri
button-menu = ☰ Ana menü
button-continue = Devam ▶️

matrix-menu-hint = Seçiminizin numarasını yazarak cevap verin. Buraya dönmek için istediğiniz zaman “menu” yazabilirsiniz.
choice-expected = Lütfen numarasını yazarak seçeneklerden birini seçin.
stale-button = Bu düğme artık geçerli değil. İşte ana menü.
unknown-payload = Bu bağlantı geçersiz veya artık geçerli değil. İşte ana menü.

privacy-notice =
    🔒 Gizliliğiniz
    • Neleri saklıyoruz: mesajlarınızı ve fotoğraflarınızı (konum gibi tüm gizli veriler silinmiş olarak), seçtiğiniz dili ve bölgeyi ve bir iç takma adı.
    • Kimler görür: { $zone } mahalle polisleri. Yalnızca bir takma ad görürler; siz kendiniz vermedikçe telefon numaranızı veya kullanıcı adınızı asla görmezler.
    • Ne kadar süre: sorunuz veya bildiriminiz kapatıldıktan sonra en fazla { $retention_days ->
        [one] { $retention_days } gün
       *[other] { $retention_days } gün
    }.
    • Verileriniz: koban'ın hakkınızda sakladığı her şeyin bir kopyası için /mydata, hepsini kendiniz silmek için /erase gönderin; istediğiniz zaman (Matrix'te: !mydata ve !erase).

help =
    Size şu konularda yardımcı olabilirim:
    • fotoğraf ve konumla birlikte olay bildirme (/report);
    • mahalle polislerinize sorular (buraya yazmanız yeterli, fotoğraf da gönderebilirsiniz);
    • suç önleme tavsiyeleri ve haklarınızla ilgili bilgiler;
    • bölgenizdeki polis memurlarının iletişim bilgileri.
    Komutlar: /menu ana menü · /report olay bildir · /myreports bildirimleriniz · /cancel bildirimi iptal et · /language dili değiştir · /privacy verileriniz · /mydata koban'ın sakladıkları · /erase hepsini sil · /start baştan başla.

advice-list = 🛡️ Suç önleme tavsiyeleri. Bir konu seçin:
rights-list = ⚖️ Haklarınızı bilin. Bir konu seçin:

coming-soon-events = Henüz gösterilecek bir etkinlik yok. Mahalle toplantıları ve “polisle kahve” davetleri burada görünecek.
question-prompt = Sorunuzu kendi dilinizde bir mesaj olarak yazın. Fotoğraf ekleyebilirsiniz. Bir polis memuru bu sohbette cevap verecek.

contact-title = 👮 { $area } bölgesindeki mahalle polisleriniz:
contact-no-area = Size doğru polis memurlarını gösterebilmem için önce bölgenizi seçin.
contact-officer = • { $name } – { $role }
contact-phone = ☎️ { $phone }
contact-station = 🏢 { $name }: { $address } ({ $hours })
contact-station-no-hours = 🏢 { $name }: { $address }
contact-numbers = Acil: { $emergency } · Polis (acil olmayan durumlar): { $police }

area-choose = Hangi bölgede oturuyorsunuz? Aşağıdan seçin veya konumunuzu gönderin (📎 → Konum).
area-set = Bölgeniz artık: { $area }.
area-outside = Bu konum hizmet verdiğimiz bölgelerin dışında. Lütfen listeden bir bölge seçin.
area-none = Henüz hiçbir bölge tanımlanmadı.

cmd-start = Baştan başla
cmd-menu = Ana menü
cmd-language = Dili değiştir
cmd-help = Yardım
cmd-privacy = Verileriniz ve gizlilik

## Closing a ticket (resident).

ticket-closed =
    ✅ { $reference } numaralı sorunuz mahalle polisleri tarafından kapatıldı. Yeni bir sorunuz varsa buraya yazmanız yeterli.
ticket-closed-resolution =
    ✅ { $reference } numaralı sorunuz mahalle polisleri tarafından kapatıldı:
    { $resolution }
    Yeni bir sorunuz varsa buraya yazmanız yeterli.

## Notices to officers in a ticket's thread (zone's default language).

notice-note-saved = 📝 İç not kaydedildi. Sakine gönderilmez.
notice-closed = ✅ { $reference } kapatıldı. Sakin bilgilendirildi.
notice-already-closed = { $reference } zaten kapalı. Yeniden açmak için !reopen kullanın.
notice-reopened = 🔓 { $reference } yeniden açıldı.
notice-already-open = { $reference } zaten açık.
notice-unknown-command = Bilinmeyen komut: { $command }. Talep başlığında: !claim (talebi üstlen), !note <metin> (iç not, gönderilmez), !close [sonuç], !reopen. Diğer her mesaj sakine gönderilir.
notice-not-allowed = ⛔ { $user } bu kuyruktaki taleplerde işlem yapamaz: { $level } yetki düzeyi gerekir. Sakine hiçbir şey gönderilmedi.
