## Sakinlerin veri hakları: koban'ın sakladıklarını görme ve silme.

cmd-mydata = koban'ın hakkınızda sakladıklarını gör
cmd-erase = koban'ın hakkınızda sakladığı her şeyi sil

privacy-rights = Ya da aşağıdan seçin: verilerinizi görün veya silin.
button-mydata = 📄 Verilerim
button-erase-ask = 🗑️ Verilerimi sil
button-erase = 🗑️ Evet, her şeyi sil
button-keep = Hayır, kalsın

erase-confirm =
    🗑️ Bu işlem, koban'ın hakkınızda sakladığı her şeyi siler: bildirimlerinizi ve sorularınızı, polis memurlarının cevaplarını, fotoğraflarınızı, yarım kalmış bildiriminizi ve ayarlarınızı. Bundan sonra polis memurları bildirimlerinizi takip edemez. Bu işlem geri alınamaz.
    Her şeyi silmek istiyor musunuz?
erase-done = ✅ koban'ın hakkınızda sakladığı her şey silindi. Tekrar yazarsanız her şeye sıfırdan başlarsınız.

export-title = 📄 koban'ın hakkınızda sakladıkları ({ $pseudonym }):
export-profile = Dil: { $language } · Bölge: { $area } · İlk iletişim: { $since } · Kanal: { $channel }
export-none = Bildirim veya soru yok.
export-draft = Yarım kalmış bir bildirim (fotoğraf: { $photos }).
export-line-you = { $time } · Siz: { $text }
export-line-officer = { $time } · Polis memuru: { $text }
export-end = Hepsi bu kadar. Polis memurlarının iç notları gösterilmez. /erase (Matrix'te: !erase) hepsini siler.

notice-erased = 🗑️ { $pseudonym } adlı sakinin isteği üzerine { $user }, sakinin tüm verilerini sildi. koban, kopyalarını (kartlar, mesajlar, fotoğraflar) odalardan kaldırıyor.
