## Moderasyon: moderasyon odasındaki kartlar ve cevaplar (bölgenin varsayılan
## dili) ve sakinlere söylenenler (kendi dillerinde).

moderation-card =
    🛡️ Bekletilen #{ $number } · { $who } ({ $channel }, { $language })
    Gideceği yer: { $where }
    Kural: { $rule } · eşleşen: { $matched }
    KOBAN-SPLICE-VALUE
    Bu mesaj dizisinde !release, !remove [gerekçe], !dismiss, !warn [gerekçe], !mute [24h] [gerekçe] veya !block [gerekçe] ile yanıtlayın (ya da numarayı ekleyin: !release { $number }).
moderation-card-photo = 📷 Mesajda bir fotoğraf var: mesaj serbest bırakılırsa fotoğraf da onunla birlikte iletilir.
moderation-where-ticket = { $reference } talebi ({ $queue } kuyruğu)
moderation-where-report = sakinin yazmakta olduğu bildirim
moderation-where-new = polis memurlarına yeni bir soru
moderation-done-release = ✅ #{ $number }, { $user } tarafından serbest bırakıldı: hiç bekletilmemiş gibi iletiliyor.{ $behind ->
        [0] {""}
       *[other] { " " }Aynı sakinin bu mesajın arkasında bekleyen sonraki mesajları da iletiliyor: { $behind }.
    }
moderation-done-remove = 🗑️ #{ $number }, { $user } tarafından kaldırıldı: iletilmiyor.
moderation-done-dismiss = #{ $number }, { $user } tarafından reddedildi: iletilmiyor.
moderation-done-warn = ⚠️ { $who }, { $user } tarafından uyarıldı ({ $count ->
        [one] son { $days } gündeki ilk uyarı
       *[other] son { $days } günde { $count } uyarı
    }). Sakine kendi dilinde bilgi verildi.
moderation-done-mute = 🔇 { $who }, { $user } tarafından { $until } tarihine kadar susturuldu: o zamana kadar mesajları polis memurlarına ulaşmıyor. Sakine bilgi verildi.
moderation-done-block = ⛔ { $who }, { $user } tarafından engellendi: gönderdiği hiçbir şey kimseye ulaşmıyor. Sakine bir kez, nasıl itiraz edebileceği de belirtilerek bilgi verildi.
moderation-done-unblock = { $who } için engel { $user } tarafından kaldırıldı. Sakine tekrar yazabileceği bildirildi.
moderation-done-unmute = { $who } için susturma { $user } tarafından kaldırıldı.
moderation-escalated = 🔇 { $count ->
        [one] Son { $days } günde bir uyarı verildi
       *[other] Son { $days } günde { $count } uyarı verildi
    }: { $who }, { $until } tarihine kadar susturuldu.
moderation-not-pending = #{ $number } karar beklemiyor (zaten karar verilmiş ya da böyle bir numara yok). Bekleyenleri !held listeler.
moderation-no-target = Hangi mesaj olduğunu belirtin: kartının mesaj dizisinde yanıtlayın ya da numarasını ekleyin (!release 12). Bir sakin için: takma adı (!block 7F3K).
moderation-unknown-resident = { $who } adında bir sakin yok.
moderation-held-empty = İncelenmeyi bekleyen bir şey yok.
moderation-held-list = { $count ->
        [one] İncelenmeyi bekleyen bir mesaj var:
       *[other] İncelenmeyi bekleyen { $count } mesaj var:
    }
moderation-held-line = #{ $number } · { $who } · kural { $rule } · { $age } dk önce
moderation-test-pass = ✅ Bu metin geçiyor: hiçbir kural eşleşmiyor.
moderation-test-result = Bu metin için sonuç: { $action }.
moderation-test-line = • kural { $rule } ({ $action }{ $dry ->
        [yes] , deneme modu
       *[no] {""}
    }): { $matched }
moderation-rule-added = { $id } kuralı eklendi ({ $action }{ $dry ->
        [yes] , deneme modu: yalnızca ne yapacağını kayda geçirir
       *[no] {""}
    }).
moderation-rule-removed = { $id } kuralı kaldırıldı.
moderation-rule-unknown = Burada eklenen kurallar arasında { $id } adında bir kural yok (bölgenin yapılandırılmış kuralları ve kelime listeleri bölgenin dosyalarında değiştirilir).
moderation-rule-invalid = Kural eklenmedi: { $problem }
moderation-rule-usage =
    Kurallar:
    !rule add <kimlik> <hold|block> [dry] words <kelime, ifade, …>
    !rule add <kimlik> <hold|block> [dry] pattern <düzenli ifade>
    !rule add <kimlik> <hold|block> [dry] link <alan adı>
    !rule remove <kimlik> · !rule list
moderation-rules-empty = Burada hiç kural eklenmedi; bölgenin yapılandırılmış kuralları ve kelime listeleri geçerli ({ $configured } kural).
moderation-rules-list = { $count ->
        [one] Burada eklenen bir kural var
       *[other] Burada eklenen { $count } kural var
    } (bunların yanında yapılandırılmış { $configured } kural geçerli):
moderation-rule-line = • { $id }: { $action }{ $dry ->
        [yes] {" "}(deneme modu)
       *[no] {""}
    } · { $kind } { $spec } · ekleyen: { $user }
moderation-audit-empty = Denetim kaydı boş.
moderation-audit-list = { $count ->
        [one] Denetim kaydının son girdisi:
       *[other] Denetim kaydının son { $count } girdisi:
    }
moderation-audit-line = { $seq }. { $when } · { $actor } · { $action } · { $subject }{ $reason ->
        [none] {""}
       *[other] {" "}· “{ $reason }”
    }
moderation-help =
    Moderasyon odasındaki komutlar (bir kartın mesaj dizisinde numara yazılmayabilir):
    !release <n>: bekletilen mesajı ilet · !remove <n> [gerekçe] · !dismiss <n>
    !warn <n|takma ad> [gerekçe] · !mute <n|takma ad> [30m|24h|7d] [gerekçe]
    !block <n|takma ad> [gerekçe] · !unblock <takma ad> · !unmute <takma ad>
    !held: bekleyenler · !test <metin>: hangi kurallar eşleşiyor · !audit [n]: son girdiler
    !rule add … · !rule remove <kimlik> · !rule list
moderation-not-allowed = ⛔ { $user } burada moderasyon yapamaz: { $level } yetki düzeyi gerekiyor.

moderation-held-notice = Teşekkür ederiz. Mesajınız kısa bir kontrolden sonra iletilecek. Acil bir durumsa { $emergency } numarasını arayın.
moderation-refused = Mesajınız iletilmedi: bu hizmet hakaret, tehdit veya nefret içeren mesajları iletmez. Lütfen başka sözcüklerle tekrar yazın. Acil bir durumsa { $emergency } numarasını arayın.
moderation-warned = { $reason ->
        [none] ⚠️ Bir moderatör mesajınız nedeniyle sizi uyardı: lütfen bu hizmetin kurallarına uyun.
       *[other] ⚠️ Bir moderatör mesajınız nedeniyle sizi uyardı: { $reason }. Lütfen bu hizmetin kurallarına uyun.
    } Tekrarlanan uyarılardan sonra bir süre yazamazsınız.
moderation-muted = 🔇 { $until } tarihine kadar polis memurlarına yazamazsınız. Acil bir durumda { $emergency } numarasını arayın; diğer acil işler için { $police } numarasını arayın.
moderation-blocked = ⛔ Bu hizmete erişiminiz engellendi ve mesajlarınız artık kimseye ulaşmıyor. Bunun bir hata olduğunu düşünüyorsanız itiraz edebilirsiniz: { $appeal }. Acil bir durumda { $emergency } numarasını arayın.
moderation-unblocked = Bize tekrar yazabilirsiniz.

moderation-report-card =
    🚩 Bildirildi #{ $number }, bildiren { $user }: { $who }, { $reference } (kuyruk { $queue }){ $reason ->
        [none] {""}
       *[other] {" "}· “{ $reason }”
    }
    Son mesajı:
    KOBAN-SPLICE-VALUE
    Bu konuda !warn [neden], !mute [24h] [neden], !block [neden] veya !dismiss ile yanıtlayın.
moderation-report-sent = 🚩 Sakinin son mesajıyla birlikte moderatörlere iletildi.
moderation-done-take-back = 🗑️ #{ $number }, { $user } tarafından kaldırıldı: koban kuyruk odasındaki kopyalarını ve Telegram'da sakinin sohbetindeki mesajı geri alır (Telegram buna 48 saat izin verir).
moderation-slow-down = Kısa sürede birkaç yeni bildirim veya soru gönderdiniz. Lütfen bir sonrakini göndermeden önce bir dakika bekleyin; yazdıklarınız saklanır. Acil bir durumsa { $emergency } numarasını arayın.
