## Etkinlikler ve abonelikler: sakinlerin gördükleri.

cmd-events = Yakınınızdaki etkinlikler ve abonelikleriniz

events-title = Yakınınızdaki yaklaşan etkinlikler — görmek ve cevap vermek için birine dokunun:
events-none = Şu anda bölgenizde planlanmış bir etkinlik yok. Yeni etkinliklerden haberdar olmak için abone olun.
event-when = 🕒 { $when }
event-place = 📍 { $place }
event-audience = 👥 Kimler için: { $audience }
event-access = ♿ { $access }
event-map = 🗺 Harita: { $url }
event-registration = Lütfen “Geliyorum” diye cevap vererek kaydolun.
event-places = Boş yer: { $free } / { $capacity }.
event-full = Yer kalmadı: “Geliyorum” derseniz bekleme listesine alınırsınız.
event-fallback = (Bu etkinliğin açıklaması yalnızca şu dilde var: { $language }.)
event-cancelled-note = ❌ Bu etkinlik iptal edildi.
event-over = Bu etkinlik sona erdi.
event-unknown = Böyle bir etkinlik yok ya da artık yok.

button-going = ✅ Geliyorum
button-maybe = 🤔 Belki
button-not-going = ❌ Gelmiyorum
button-calendar = 📅 Takvime ekle
button-place = 📍 Nerede
button-events = 📅 Etkinlikler
button-show-event = Etkinliği göster
button-subscriptions = 🔔 Abonelikler
button-subscribe-events = 🔔 Evet, beni davet edin
button-leave-all = Tüm aboneliklerden çık

invite-intro = 📣 Davetlisiniz:
update-intro = ✏️ Cevap verdiğiniz bir etkinlikte değişiklik var:
reminder-intro = ⏰ Hatırlatma:
cancel-intro = ❌ İptal edildi: { $title } ({ $when }). Üzgünüz — bir sonraki etkinlikten size haber vereceğiz.
calendar-caption = “{ $title }” etkinliğini takviminize ekleyin.
announcement-intro = 📢 Yerel polisinizden:
announcement-fallback = (Bu mesaj yalnızca şu dilde var: { $language }.)

rsvp-going = ✅ “{ $title }” etkinliğinin listesindesiniz. Etkinlik başlamadan önce size hatırlatacağız.
rsvp-maybe = 🤔 Not edildi: belki. “{ $title }” başlamadan önce size hatırlatacağız.
rsvp-not-going = Not edildi: “{ $title }” etkinliğine gelmiyorsunuz. Bize haber verdiğiniz için teşekkür ederiz.
rsvp-waiting = “{ $title }” etkinliğinde yer kalmadı. Bekleme listesinde { $position }. sıradasınız; bir yer boşalır boşalmaz size haber vereceğiz.
rsvp-offer = 🎟 “{ $title }” etkinliğinde bir yer boşaldı! Bu yeri almak için “Geliyorum” diye cevap verin (son saat: { $until }); sonra yer bekleme listesindeki bir sonraki kişiye geçer.
rsvp-offer-expired = “{ $title }” etkinliğindeki yer zamanında onaylanmadığı için bekleme listesindeki bir sonraki kişiye geçti.

standing-going = Cevabınız: ✅ geliyorum.
standing-maybe = Cevabınız: 🤔 belki.
standing-not-going = Cevabınız: ❌ gelmiyorum.
standing-waiting = Bekleme listesindesiniz.
standing-offered = 🎟 Sizin için bir yer ayrıldı (son saat: { $until }): almak için “Geliyorum” diye cevap verin.

subscriptions-title = Hangi konularda haber almak istersiniz? Açmak veya kapatmak için dokunun. İstediğiniz zaman ayrılabilirsiniz.
subscriptions-offer = Mahalle polislerinizle buluşmalara, örneğin mahalle toplantılarına ve “polisle kahve” etkinliklerine davet almak ister misiniz? Bunu istediğiniz zaman 📅 Etkinlikler bölümünden değiştirebilirsiniz.
subscription-joined = 🔔 Abone oldunuz: { $topic }.
subscription-left = 🔕 Abonelikten çıktınız: { $topic }.
subscriptions-none-left = 🔕 Artık hiçbir duyuru almayacaksınız. İstediğiniz zaman yeniden abone olabilirsiniz.
topic-events = Bölgemdeki etkinlikler
topic-prevention = Suç önleme uyarıları
topic-news = Yerel polisten haberler
export-subscriptions = 🔔 Abonelikler: { $topics }
export-answer = 📅 “{ $title }”: { $answer }

## Koordinasyon odası (bölgenin varsayılan dili).

event-status-draft = taslak
event-status-scheduled = zamanlandı
event-status-published = yayımlandı
event-status-cancelled = iptal edildi
broadcast-kind-invite = davet
broadcast-kind-update = değişiklik
broadcast-kind-reminder = hatırlatma
broadcast-kind-cancel = iptal
broadcast-kind-announcement = duyuru

event-card =
    📅 Etkinlik #{ $id } ({ $status }): { $title }
    🕒 { $when }
    📍 { $place } · bölge { $area } · konu { $topic } · kontenjan { $capacity } · diller { $languages }
    ✅ geliyor: { $going } · 🤔 belki: { $maybe } · ❌ gelmiyor: { $notgoing } · ⏳ bekliyor: { $waiting }
event-created = Etkinlik #{ $id } taslak olarak kaydedildi. `!event show { $id } <language>` ile kontrol edin, ardından `!event publish { $id }` (hemen) veya `!event publish { $id } YYYY-MM-DD HH:MM` kullanın.
event-updated = Etkinlik #{ $id } değiştirildi. “Geliyorum” veya “Belki” diyen sakinlere değişiklik yeni bir takvim dosyasıyla gönderilir (etkinlik yayımlanmışsa).
event-published = Etkinlik #{ $id } yayımlandı: davetler abonelere gönderiliyor (gönderim #{ $broadcast }).
event-scheduled = Etkinlik #{ $id } şu tarihte yayımlanacak: { $when }.
event-cancelled = Etkinlik #{ $id } iptal edildi. “Geliyorum” veya “Belki” diyen sakinlere, takvimleri için bir iptal bildirimiyle birlikte haber veriliyor.
event-is-cancelled = Etkinlik #{ $id } iptal edildi ve artık değiştirilemez.
event-not-draft = Etkinlik #{ $id } zaten yayımlandı.
event-not-found = #{ $id } numaralı bir etkinlik yok.
event-invalid = Bu işe yaramadı: { $why }. Nasıl yapılacağını `!event help` gösterir.
event-refused = Burada etkinlikleri yalnızca { $level } veya daha yüksek yetki düzeyine sahip üyeler yönetebilir.
event-preview =
    Önizleme ({ $language }):
    { $text }
events-planned-none = Planlanmış etkinlik yok. Nasıl oluşturulacağını `!event help` gösterir.
attendees-title = Etkinlik #{ $id } için verilen cevaplar (takma adlar):
attendees-none = Henüz kimse cevap vermedi.
broadcast-card = 📣 Gönderim #{ $id } ({ $kind }, etkinlik #{ $event }): { $sent }/{ $total } gönderildi · { $failed } başarısız · { $unreachable } ulaşılamadı
broadcast-card-done = 📣 Gönderim #{ $id } ({ $kind }, etkinlik #{ $event }) tamamlandı: { $sent }/{ $total } gönderildi · { $failed } başarısız · { $unreachable } ulaşılamadı (botu engellemişler)
event-help =
    Koordinasyon odasında etkinlikler:
    !event new — tek başına: koban alanları tek tek sorar
    !event new — ardından her satıra bir alan: title, when (YYYY-MM-DD HH:MM), until (HH:MM) veya duration (dakika), where, map, geo (enlem, boylam), area (veya all), topic (events, prevention, news), capacity, registration (yes/no), for, access, about; başka dillerdeki metinler title.de, about.de, … şeklinde
    !event set <n> — aynı alanlar; yalnızca verilenler değişir
    !event show <n> [dil] — sakinlerin göreceği şekliyle önizleme
    !event publish <n> [YYYY-MM-DD HH:MM] — hemen veya belirli bir saatte
    !event cancel <n>
    !events — planlananlar, cevaplarla birlikte
    !attendees <n> — takma ada göre cevaplar
    !announce new — ardından: topic (events, prevention, news), area (veya all), languages (örn. ar, uk; varsayılan all), via (subscribers, channels, both; varsayılan subscribers), text, text.de, …
    !announce show <n> [dil] · !announce send <n> [YYYY-MM-DD HH:MM] · !announce cancel <n>
announcement-created = Duyuru #{ $id } taslak olarak kaydedildi (konu { $topic }, bölge { $area }, diller { $languages }). `!announce show { $id } <language>` ile kontrol edin, ardından `!announce send { $id }` (hemen) veya `!announce send { $id } YYYY-MM-DD HH:MM` kullanın.
announcement-sent = Duyuru #{ $id } abonelere gönderiliyor (gönderim #{ $broadcast }).
announcement-scheduled = Duyuru #{ $id } şu tarihte gönderilecek: { $when }.
announcement-cancelled = Duyuru #{ $id } iptal edildi; gönderilmeyecek.
announcement-not-found = #{ $id } numaralı bir duyuru yok.
announcement-not-draft = Duyuru #{ $id } zaten gönderildi veya iptal edildi.
event-ask = { $step }/{ $steps } · { $question }
event-dialogue-start = Adım adım yeni etkinlik — { $who }, her soruyu burada normal bir mesajla yanıtla. `skip` (veya `-`) isteğe bağlı bir alanı boş bırakır, `back` bir önceki soruya döner, `stop` kaydetmeden bitirir; 30 dakika yanıt gelmezse kendiliğinden biter.
event-ask-title = Etkinliğin adı ne? ({ $language } başlık; diğer diller daha sonra `!event set <n>` ve title.en: … ile)
event-ask-when = Ne zaman başlıyor? (YYYY-AA-GG SS:DD, { $tz } saati)
event-ask-until = Ne zaman bitiyor? (SS:DD veya dakika olarak süre; `skip`: { $minutes } dakika)
event-ask-where = Nerede? (sakinlerin geleceği adres; yoksa `skip`)
event-ask-area = Hangi bölge için? ({ $areas } veya all; `skip`: tüm bölge)
event-ask-capacity = Kaç kişilik yer var? (bir sayı; `skip`: sınırsız)
event-ask-registration = Sakinler „Geliyorum” yanıtıyla kayıt olmalı mı? (yes veya no; `skip`: hayır)
event-ask-for = Kimler için? (ör. ebeveynler, gençler; `skip`: herkes)
event-ask-access = Erişilebilirlik notları? (ör. basamaksız giriş, işaret dili; `skip`: yok)
event-ask-about = Son olarak: davet için kısa bir açıklama. (`skip`: yok)
event-ask-required = Bu bilgi gerekli (`stop` kaydetmeden bitirir).
event-ask-retry = Olmadı: { $why }.
event-dialogue-stopped = Durduruldu; hiçbir şey kaydedilmedi.
announcement-posted = Duyuru #{ $id }, { $count ->
    [one] bir haber kanalında
   *[other] { $count } haber kanalında
} yayımlandı.
channel-answer-telegram = Yanıtlamak, takvim dosyası ve hatırlatmalar için: { $link }
channel-answer-matrix = Yanıtlamak, takvim dosyası ve hatırlatmalar için { $link } adresine yazın ve `!start event_{ $id }` gönderin.
channel-post-failed = ⚠️ koban, { $chat } haber kanalında paylaşım yapamadı: { $error }. Telegram'da koban, kanalda paylaşım yetkisi olan bir yönetici olmalı; Matrix'te mesaj gönderebilen bir üye.
