## Polis memurlarının masası: bekleme odalarındaki talep kartları ve bildirimler
## (bölgenin varsayılan dili) ve kapatıldıktan sonra sakinin verdiği puan.

card-status-new = 🆕 Durum: yeni, bir polis memurunu bekliyor
card-status-claimed = 🙋 Durum: { $user } ilgileniyor
card-status-waiting = ⏳ Durum: cevaplandı, sakinin dönüşü bekleniyor · { $user } ilgileniyor
card-status-closed = ✅ Durum: kapatıldı
card-assignee = İlgilenen: { $user }
card-labels = 🏷️ Etiketler: { $labels }
card-overdue = ⏰ İlk cevabın süresi geçti.
card-rating = Sakinin puanı: { $stars } ({ $rating }/5)
card-feedback = Yorum: “{ $comment }”
card-transferred = ↪️ { $user } tarafından { $queue } kuyruğuna taşındı: orada devam edin.
card-transferred-from = ↪️ { $user } tarafından { $queue } kuyruğundan buraya taşındı.
card-history = Şimdiye kadarki konuşma:

notice-help =
    Bir talebin mesaj dizisindeki komutlar:
    !claim: talebi üstlen · !assign @user:server: bir meslektaşa ver
    !note <metin>: iç not, sakine asla gönderilmez
    !template [ad]: sakinin dilinde hazır bir cevap gönder (ad olmadan: liste)
    !label etiket -etiket: etiket ekle veya kaldır
    !transfer <kuyruk>: talebi başka bir kuyruğa taşı
    !close [sonuç]: kapat ve sakini bilgilendir · !reopen
    !erase: sakinin isteği üzerine tüm verilerini sil
    Mesaj dizisindeki diğer her mesaj sakine gönderilir.
notice-not-in-thread = { $command } bir talep üzerinde çalışır: komutu talebin mesaj dizisine yazın (fareyle kartın üzerine gelin → Mesaj dizisinde yanıtla). !help komutları listeler.
notice-note-empty = !note bir metin gerektirir, örneğin: !note devriye saat 14:00'te gördü.
notice-assign-usage = Tam Matrix kimliğini yazın, örneğin: !assign @lotte:police.example
notice-assigned = 🙋 { $reference } ile artık { $user } ilgileniyor.
notice-label-usage = Etiketler harf, rakam, - ve _ karakterlerinden oluşan kelimelerdir (en fazla 24 karakter), örneğin: !label grafiti okul -acil. Anlaşılamayan: { $bad }
notice-templates = { $name ->
        [none] Kullanılabilir şablonlar: { $names }. Birini göndermek için !template <ad> yazın.
       *[other] “{ $name }” adında bir şablon yok. Kullanılabilir şablonlar: { $names }.
    }
notice-template-sent = 📄 “{ $name }” şablonu sakine { $language } dilinde gönderildi. Bu odanın dilinde metin şöyle: { $text }
notice-transfer-unknown = “{ $queue }” adında bir kuyruk yok. Kuyruklar: { $queues }.
notice-transfer-not-joined = koban, { $queue } kuyruğunun bekleme odasında değil; bu yüzden talep burada kalıyor. koban'ı o odaya davet edin (odaya kendiliğinden katılır), ardından tekrar deneyin.
notice-transfer-same = Talep zaten { $queue } kuyruğunda.
notice-resident-blocked = ⚠️ { $reference } için gönderilen son mesaj sakine ulaşmadı: sakin koban'ı Telegram'da engellemiş (veya hesabını silmiş). Sakin tekrar yazana kadar ona hiçbir şey ulaşamaz; mesaj koban'ın veritabanında saklanıyor.
notice-not-delivered = ⚠️ { $reference } için gönderilen son mesaj, birkaç denemeye rağmen sakine iletilemedi. Mesaj koban'ın veritabanında saklanıyor; nedeni sistem yöneticilerinin kayıtlarında yer alıyor.
notice-overdue-first = ⏰ { $reference } { $minutes } dakikadır cevap bekliyor; bu süre, bu kuyruğun hedef süresini aşıyor. İlgilenen: { $user }.
notice-overdue-resolution = ⏰ { $reference } { $hours } saatten uzun süredir açık; bu süre, bu kuyruğun hedef süresini aşıyor. İlgilenen: { $user }.
notice-nobody = henüz kimse
notice-change-not-passed = { $reference } için gönderilen asıl mesaj henüz sakine ulaşmadı; bu yüzden bu değişiklik iletilmedi. Gerekirse yeni bir mesaj gönderin.
notice-deleted-for-resident = 🗑️ Mesaj sakinin sohbetinden de silindi (Telegram buna 48 saat boyunca izin veriyor).
thread-edited =
    ✏️ { $pseudonym } bir mesajı düzenledi:
    { $text }
    (önceki hâli: { $original })
notice-closed-not-sent = { $reference } kapalı olduğu için bu mesaj sakine gönderilmedi. Sakinin mesajı alması gerekiyorsa önce !reopen kullanın.

out-of-hours = 🕘 Bu hizmetteki polis memurlarının çalışma saatleri: { $hours }. Mesajınız alındı; { $when } itibarıyla bir cevap bekleyebilirsiniz. Acil bir durumda beklemeyin: acil çağrı numarasını arayın.

rating-question = { $reference } ile ilgili yapılan işlemden ne kadar memnunsunuz? 1 (hiç memnun değilim) ile 5 yıldız (çok memnunum) arasında seçin. Bu, kendimizi geliştirmemize yardımcı olur.
rating-already = Teşekkür ederiz, bu zaten puanlandı.
rating-thanks = Puanınız için teşekkür ederiz! İsterseniz şimdi kendi sözlerinizle kısa bir yorum yazabilirsiniz.
button-no-comment = Yorum yok
feedback-thanks = Teşekkür ederiz, yorumunuz mahalle polislerine iletildi.

## Koordinasyon odası (!stats, !handover).

stats-title = 📊 Son { $days } günde açılan talepler, kuyruklara göre (medyanlar):
stats-line = { $queue }: { $opened } talep ({ $reports } bildirim) · { $new } yeni · { $claimed } işlemde · { $closed } kapatıldı · ilk cevap süresi { $first } · kapatma süresi { $resolution } · puan { $rating } ({ $ratings })
stats-none = –
handover-briefing =
    🔁 Devir: { $outgoing } → { $incoming }. { $count ->
        [one] Bu açık talep ile artık { $incoming } ilgileniyor:
       *[other] Bu { $count } açık talep ile artık { $incoming } ilgileniyor:
    }
    { $tickets }
    Son konular: { $topics }
handover-done = { $count ->
        [0] { $outgoing } kullanıcısının açık talebi yok: { $incoming } kullanıcısına devredilecek bir şey yok.
        [one] Tamamlandı: 1 açık talep { $outgoing } kullanıcısından { $incoming } kullanıcısına geçti; talebin bekleme odasına bir devir özeti gönderildi.
       *[other] Tamamlandı: { $count } açık talep { $outgoing } kullanıcısından { $incoming } kullanıcısına geçti; taleplerin bekleme odalarına birer devir özeti gönderildi.
    }
handover-contacts = 👮 { $areas } sakinlerine artık mahalle polisi olarak { $incoming } gösteriliyor (görevi bırakan polis memurunun telefon numarası olmadan).
notice-not-allowed-coordination = ⛔ { $user } burada koordinasyon komutlarını kullanamaz: { $level } yetki düzeyi gerekiyor.
notice-coordination-help =
    Koordinasyon odasındaki komutlar:
    !stats: kuyruk başına son 7 ve 30 günün talepleri, medyan cevap ve kapatma süreleri, ortalama puan
    !handover @outgoing:server @incoming:server [kuyruk]: görevi bırakan polis memurunun açık talepleri görevi devralan memura geçer ve her bekleme odasına bir devir özeti gönderilir
