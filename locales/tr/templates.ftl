## Polis memurlarının bir talebin mesaj dizisinde `!template <ad>` ile gönderdiği
## hazır cevaplar. koban her birini sakinin dilinde gönderir. Kendi şablonlarınızı
## içerik dizinine `template-<ad>` olarak ekleyin. Bölge değerleri ($zone,
## $emergency, $police, $victim_support, …) kullanılabilir.

template-thanks = Bize bildirdiğiniz için teşekkür ederiz. Bunu not aldık ve durumu takip edeceğiz.
template-more-info = Teşekkür ederiz. Bu konuyu inceleyebilmemiz için biraz daha bilgiye ihtiyacımız var: tam olarak ne zaman ve nerede oldu? Fotoğraflarınız varsa buradan gönderebilirsiniz.
template-patrol = Bildiriminiz için teşekkür ederiz. Önümüzdeki günlerde bir devriye, tarif ettiğiniz yerden geçecek.
template-station = Bunun için sizinle yüz yüze görüşmemiz gerekiyor. Karakollarımızdan birine gelebilirsiniz; yanınızda bir kimlik belgesi bulundurun. Adresleri ve çalışma saatlerini Menü → “Mahalle polisiniz” bölümünde bulabilirsiniz.
template-victim-support = Bunu yaşadığınız için çok üzgünüz. Bununla tek başınıza baş etmek zorunda değilsiniz: { $victim_support } size ücretsiz ve gizli olarak yardımcı olabilir.
template-not-police = Bu konu polisin görev alanına girmiyor, ancak doğru yeri bulmanıza yardımcı olmak isteriz. Lütfen belediyenizin ilgili birimleriyle iletişime geçin; size yardımcı olabilirler.
template-emergency = Bu şu anda oluyorsa veya birisi tehlikedeyse hemen { $emergency } numarasını arayın. Bu sohbet günün her saatinde takip edilmemektedir.
