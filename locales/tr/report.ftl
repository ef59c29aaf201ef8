## Adım adım olay bildirimi (sakin). Düğme etiketleri (button-…, report-when-now,
## report-when-today, report-edit-…, category-…) 40 karakteri geçmez.

cmd-report = Olay bildir
cmd-myreports = Bildirimleriniz ve durumları
cmd-cancel = Devam eden bildirimi iptal et

menu-myreports = 📂 Bildirimlerim

# Bildirim kategorileri: sakinlerin seçtiği adlar.
category-theft = Hırsızlık
category-burglary = Eve veya iş yerine hırsız girmesi
category-vandalism = Vandalizm veya duvar yazısı
category-drugs = Uyuşturucu kaynaklı rahatsızlık
category-nuisance = Gürültü veya rahatsızlık
category-traffic = Trafikte tehlike
category-hate = Nefret olayı veya ayrımcılık
category-fraud = İnternette dolandırıcılık
category-other = Başka bir şey

report-intro =
    📝 Olay bildirin. Bu birkaç adımda yapılır; istediğiniz zaman geri dönebilir veya iptal edebilirsiniz. Yarıda kalırsanız girdikleriniz saklanır.
    ⚠️ Acil bir durumda hemen { $emergency } numarasını arayın.
report-category = Neyi bildirmek istiyorsunuz? Bir kategori seçin.
report-danger-question =
    Şu anda tehlikede olan biri var mı, ya da olay şu an mı yaşanıyor?
    Öyleyse lütfen bunun yerine { $emergency } numarasını arayın: size hemen yardım gönderebilirler.
button-yes-danger = 🚨 Evet
button-no-danger = Hayır
report-danger =
    🚨 Hemen { $emergency } numarasını arayın. Acil yardım ekipleri hemen yardım gönderebilir; bu sohbet bunu yapamaz.
    Konuşamıyorsanız hatta kalın veya operatörün talimatlarına uyun. Acil olan diğer polis işleri için { $police } numarasını arayın.
report-danger-hate =
    Tehdit ediliyor veya saldırıya uğruyorsanız, mümkünse güvenli bir yere geçin ve { $emergency } numarasını arayın. Önce sizin güvenliğiniz gelir; gerisini daha sonra bildirebilirsiniz.
report-when = Olay ne zaman oldu?
report-when-now = Az önce
report-when-today = Bugün, daha erken
button-when-other = 📅 Başka bir gün veya saat
report-when-other = Olayın ne zaman olduğunu yazın, örneğin “dün gece saat 23 civarı” veya “12 Mayıs, 14:00”.
report-where =
    Olay nerede oldu? { $channel ->
        [Telegram] Bir konum paylaşın (📎 → Konum) ya da
       *[other] Konumunuzu paylaşın ya da
    } bir adres veya yerin tarifini yazın. Bu adımı atlayabilirsiniz de.
button-skip-where = Konum yok
report-what =
    Ne oldu? Kendi sözlerinizle ve kendi dilinizde anlatın: ne gördünüz, kimler işin içindeydi (eşkâl, araçlar, plakalar) ve yardımcı olabilecek başka her şey.
report-photos =
    📷 Fotoğraf ekleyebilirsiniz: fotoğraf veya dosya olarak en fazla { $max } tane gönderin. Konum gibi gizli bilgiler, polis memurları görmeden önce silinir. { $count ->
        [0] Henüz fotoğraf eklenmedi.
        [one] Bir fotoğraf eklendi.
       *[other] { $count } fotoğraf eklendi.
    }
button-no-photos = Fotoğraf yok
button-photos-done = ✅ Fotoğraflar bu kadar
report-contact =
    Bu bildirimle ilgili bir polis memuru sizinle iletişime geçebilir mi? Normalde polis memurları yalnızca takma adınızı ({ $pseudonym }) görür ve size bu sohbette cevap verir.
button-anonymous = 🕶️ Yalnızca bu sohbette cevap
button-share-contact = ☎️ Ad ve telefon numarası ver
report-contact-details = Bir polis memurunun sizi geri arayabilmesi için adınızı ve telefon numaranızı yazın.
report-summary = 📋 Lütfen göndermeden önce bildiriminizi kontrol edin:
button-send-report = ✅ Bildirimi gönder
button-edit = ✏️ Bir şeyi değiştir
report-edit = Neyi değiştirmek istersiniz?
report-edit-category = Kategori
report-edit-when = Ne zaman
report-edit-where = Nerede
report-edit-what = Açıklama
report-edit-photos = Fotoğraflar
report-edit-contact = İletişim
button-cancel-report = ✖️ Bildirimi iptal et
button-resume = ▶️ Bildirimime devam et
button-restart = 🔄 Yeni bildirim başlat
report-in-progress = Yarım kalmış bir bildiriminiz var. Devam etmek mi, yoksa baştan başlamak mı istersiniz?
report-no-draft = Bu bildirim artık devam etmiyor (gönderildi, iptal edildi ya da süresi doldu). İşte ana menü.
report-cancelled = Bildiriminiz iptal edildi ve girdikleriniz silindi.
nothing-to-cancel = İptal edilecek bir şey yok.

report-value-none = belirtilmedi
report-field-category = Kategori: { $value }
report-field-when = Ne zaman: { $value }
report-field-where = Nerede: { $value }
report-field-what = Ne oldu: { $value }
report-field-photos = { $count ->
        [0] Fotoğraf: yok
        [one] Fotoğraf: 1
       *[other] Fotoğraf: { $count }
    }
report-field-contact = İletişim: { $value }
report-contact-anonymous = yalnızca bu sohbette cevap (polis memurları “{ $pseudonym }” adını görür)

button-use-photo-location = 📍 Evet, kullan
button-ignore-photo-location = Hayır
report-photo-location = Fotoğrafınızda çekildiği yer kayıtlı: { $place }. Bu yer olayın konumu olarak kullanılsın mı? Yalnızca evet derseniz kullanılır.
report-location-saved = 📍 Konum kaydedildi: { $place }.
report-location-invalid = Bu konum okunamıyor. Lütfen tekrar paylaşın veya bir adres yazın.
report-location-outside = Bu konum { $zone } bölgesinin dışında. Lütfen olayı oradaki polise bildirin ya da başka bir konum paylaşın veya yazın.
report-text-added = Yazdıklarınız açıklamaya eklendi.
report-description-full = Açıklamanız azami uzunluğa ulaştı; bu mesajın geri kalanı eklenmedi. Bir polis memuru size cevap verdiğinde ayrıntıları daha sonra ekleyebilirsiniz.
report-use-buttons = Lütfen aşağıdaki seçeneklerden birini seçin veya bildirimi iptal edin.
report-photo-too-early = Lütfen önce bir kategori seçin ve tehlikeyle ilgili soruyu cevaplayın; fotoğraflarınızı ondan sonra gönderin.
report-too-many-photos = Bir bildirime en fazla { $max } fotoğraf eklenebilir. Bu fotoğraf eklenmedi; diğerleri saklanıyor.
report-photo-added = 📷 Fotoğraf { $n }/{ $max } eklendi.
report-unsupported = Bunu bildirimde kullanamıyorum. Lütfen yazı, fotoğraf veya konum gönderin; şimdiye kadar girdikleriniz saklanıyor.
report-empty-text = Bu mesaj boştu. Şimdiye kadar girdikleriniz saklanıyor.

report-sent =
    ✅ Teşekkür ederiz. Bildiriminiz { $reference } referans numarasıyla mahalle polislerine iletildi.
    Bundan sonra ne olacak: Bir polis memuru bildiriminizi okur, gerekirse size burada sorular sorar ve neler yapıldığını size bildirir. Gelişmeler bu sohbete gelecek; bildirimlerinizin durumunu /myreports ile görebilirsiniz.
report-expired =
    ⌛ Tamamlanmamış bildiriminiz ({ $category }) { $minutes } dakika boyunca hiçbir şey eklenmediği için silindi. İstediğiniz zaman yeni bir bildirim başlatabilirsiniz.

myreports-title = 📂 Bildirimleriniz ve sorularınız:
myreports-none = Henüz hiç bildirim veya soru göndermediniz.
myreports-question = Soru
myreports-line = • { $reference } · { $what } · { $date } · { $status }
status-open = bir polis memurunu bekliyor
status-claimed = bir polis memuru ilgileniyor
status-waiting = bir polis memuru size cevap verdi
status-closed = kapatıldı

report-closed =
    ✅ { $reference } numaralı bildiriminiz mahalle polisleri tarafından kapatıldı. Bildirdiğiniz için teşekkür ederiz. Başka bir şey bildirmek için /report komutunu kullanabilirsiniz.
report-closed-resolution =
    ✅ { $reference } numaralı bildiriminiz mahalle polisleri tarafından kapatıldı:
    { $resolution }
    Bildirdiğiniz için teşekkür ederiz. Başka bir şey bildirmek için /report komutunu kullanabilirsiniz.

ticket-claimed = 👮 { $reference } ile artık bir mahalle polisi ilgileniyor. Size buradan dönüş yapılacak.

## Polis memurları (bölgenin varsayılan dili).

card-report =
    🗂️ { $reference } · yeni bildirim: { $category }
    Gönderen: { $pseudonym } · kanal: { $channel } · dil: { $language } · bölge: { $area }

    { $fields }

    Fotoğraflar bu mesaj dizisinde gelecek. Sakine cevap vermek için bu mesaj dizisinde yanıtlayın; bildirimi üstlenmek için !claim yazın.
thread-report-photo = Fotoğraf { $n }/{ $total } ({ $reference })
