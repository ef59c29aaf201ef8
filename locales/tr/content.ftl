## İçerik: önleme tavsiyeleri ve haklarınız hakkında bilgiler.
## Düz metin (HTML veya Markdown yok). Değişkenleri koban doldurur; adlarını değiştirmeyin.

## Önleme tavsiyeleri

advice-burglary-title = 🏠 Ev hırsızlığı
advice-burglary =
    🏠 Birkaç basit alışkanlık evinizi hırsızlar için zorlaştırır:
    • Kısa süreliğine çıksanız bile kapıları ve pencereleri kilitleyin. Anahtarı paspasın altına veya posta kutusuna bırakmayın.
    • Evde yokken evin boş görünmemesini sağlayın: ışıklar için zamanlayıcı kullanın, posta kutunuzu bir komşunuzun boşaltmasını rica edin.
    • Tatile gittiğinizi sosyal medyada duyurmayın; tatil fotoğraflarını döndükten sonra paylaşın.
    • Değerli eşyalarınızın fotoğrafını çekin, seri numaralarını not edin veya üzerlerine işaret koyun.
    • Komşularınızla tanışın ve birbirinizin evine göz kulak olun.

    💡 Polisin hırsızlık önleme danışmanı (teknik önleme danışmanı) evinize ücretsiz gelip evinizi nasıl daha iyi koruyabileceğinizi anlatabilir. Bunu bu sohbette sorabilirsiniz.

    Evinize hırsız girdiyse: polis iz arayabilsin diye hiçbir şeye dokunmayın ve ortalığı toplamayın. Polisi arayın: { $police }. Hırsızlar hâlâ içeride olabilirse içeri girmeyin ve hemen { $emergency } numarasını arayın.

advice-bicycle-title = 🚲 Bisiklet hırsızlığı
advice-bicycle =
    🚲 Bisikletinizi çalmayı hırsızlar için zorlaştırın:
    • İki farklı türde sağlam kilit kullanın, örneğin bir U kilit ve kalın bir zincir.
    • Sadece tekerleği değil, bisikletin kadrosunu da sabit bir direğe veya bisiklet parkına kilitleyin.
    • Bisikletinizi kaydettirin veya üzerine bir numara kazıtın. Kadro (şasi) numarasını not edin ve net bir fotoğrafını saklayın.
    • Işıklı ve kalabalık yerlere ya da güvenli bisiklet parklarına park edin.
    • Mümkünse bisikletinizi geceleri sokakta bırakmayın.

    Bisikletiniz çalındıysa en kısa sürede polise bildirin ({ $police } veya karakol). Kadro numarasını ve fotoğrafı da verin: bisiklet bulunursa size ancak bu sayede geri verilebilir.

advice-fraud-title = 💳 İnternet dolandırıcılığı
advice-fraud =
    💳 Dolandırıcılar internette çok inandırıcı olabilir. Birkaç basit kural sizi korur:
    • Şifrenizi, kart okuyucunun verdiği kodları veya banka uygulamanızın kodlarını, sebebi ne olursa olsun kimseye vermeyin.
    • Bankanız da polis de bu kodları sizden asla istemez: ne telefonla, ne mesajla, ne de e-postayla.
    • Tıklamadan önce göndereni ve bağlantıyı kontrol edin. Şüpheniz varsa tıklamayın; bankanızın sitesini veya uygulamasını kendiniz açın.
    • Sahte online mağazalara dikkat edin: inanılmayacak kadar düşük fiyatlar, adres ve iletişim bilgisi yok, ödeme yalnızca havaleyle.
    • Şüpheli mesajları suspicious@safeonweb.be adresine iletebilirsiniz.

    Dolandırıldıysanız:
    • Kartlarınızı bloke ettirmek için hemen Card Stop'u (078 170 170) ve bankanızı arayın.
    • Tüm kanıtları saklayın: mesajlar, ekran görüntüleri, ödeme dekontları.
    • Polise bildirin: { $police } veya en yakın karakol.

advice-phone-scam-title = 📞 Telefon dolandırıcılığı
advice-phone-scam =
    📞 Dolandırıcılar bir aile yakınınızmış gibi (“Selam anne, bu benim yeni numaram”) ya da banka görevlisi veya polis memuru gibi davranır. Sizi acele ettirir, baskı yaparlar.
    • Yakınınızı bildiğiniz eski numarasından arayın ve gerçekten o mu, kontrol edin.
    • Hikâye ne kadar dokunaklı olursa olsun, baskı altında asla para ödemeyin veya havale yapmayın.
    • Telefonu kapatın, sonra bankayı veya polisi resmî numarasından kendiniz arayın.
    • Polis de banka da kartınızı, şifrenizi, paranızı veya mücevherlerinizi almak için asla evinize gelmez.

    Şu anda kapınızda kartlarınızı veya paranızı almak isteyen biri varsa hemen { $emergency } numarasını arayın.
    Diğer durumlarda, hiç para kaybetmemiş olsanız bile polise bildirin: { $police }.

advice-vehicle-title = 🚗 Araçtan hırsızlık
advice-vehicle =
    🚗 Bir hırsızın araba camını kırması bir dakika bile sürmez. Ona sebep vermeyin:
    • Araçta görünür hiçbir şey bırakmayın: çanta, telefon, navigasyon cihazı, hatta boş bir poşet veya ceket bile.
    • Aracınızı her zaman kilitleyin; camların ve açılır tavanın kapalı olduğundan emin olun.
    • Araç belgelerini ve yedek anahtarları araçta bırakmayın.
    • Işıklı ve işlek yerlere ya da güvenlikli otoparklara park edin.

    Aracınıza hırsız girdiyse mümkün olduğunca hiçbir şeye dokunmayın, fotoğraf çekin ve kanıtları saklayın. Polise bildirin: { $police }. Sigortanız için de tutanak numarasına ihtiyacınız olacak.

advice-pickpocket-title = 👜 Yankesicilik
advice-pickpocket =
    👜 Yankesiciler kalabalık yerlerde iş görür: toplu taşımada, istasyonlarda, pazarlarda, festivallerde.
    • Çantanızı kapalı tutun ve sırtınızda değil, önünüzde taşıyın.
    • Cüzdanınızı ve telefonunuzu arka cebinizde değil, iç cebinizde taşıyın.
    • Dikkat dağıtma numaralarına karşı uyanık olun: yol soran, üstünüze bir şey döken, imza isteyen ya da kalabalıkta sizi iten biri.
    • Yanınızda yalnızca ihtiyacınız kadar para ve kart bulundurun.

    Bir şeyiniz çalındıysa:
    • Kartlarınızı hemen Card Stop üzerinden bloke ettirin: 078 170 170. Telefonunuz çalındıysa operatörünüze de haber verin.
    • Polise bildirin: { $police } veya en yakın karakol.

advice-cyber-harassment-title = 💬 İnternette taciz
advice-cyber-harassment =
    💬 İnternette biri sizi rahatsız mı ediyor, tehdit mi ediyor ya da mahrem fotoğraf veya videolarla şantaj mı yapıyor? Yalnız değilsiniz ve yapabileceğiniz şeyler var:
    • Cevap vermeyin ve para ödemeyin: ödemek şantajı çoğu zaman durdurmaz.
    • Kanıtları saklayın: mesajların ve profillerin ekran görüntüleri, bağlantılar, tarihler.
    • Kişiyi engelleyin ve platformun kendisine şikâyet edin.
    • Güvendiğiniz biriyle konuşun. Yaşadıklarınız sizin suçunuz değil.

    Hemen tehlikedeyseniz { $emergency } numarasını arayın.
    Polise bildirin: { $police } veya en yakın karakol. Bu sohbette de bize sorabilirsiniz.

advice-domestic-violence-title = 🤝 Aile içi şiddet
advice-domestic-violence =
    🤝 Aile içinde veya partnerinizden gördüğünüz şiddet özel bir mesele değildir ve asla sizin suçunuz değildir. Size yardım edebilecek insanlar var.
    • Gizli yardım hattı: { $helpline }. Ücretsizdir, adınızı vermek zorunda değilsiniz.
    • Tehlikedeyseniz hemen { $emergency } numarasını arayın.
    • Bu sohbette bir mahalle polisiyle de konuşabilirsiniz.

    Mümkünse önceden hazırlanın:
    • Önemli belgeleri (kimlik, pasaport, banka kartları, ilaçlar) veya kopyalarını güvenli bir yerde saklayın.
    • İçinde kıyafet, para ve yedek anahtarlar olan küçük bir çanta hazırlayın ve güvendiğiniz birine bırakın.
    • Güvendiğiniz biriyle “polisi ara” anlamına gelen bir parola kararlaştırın.

    Şiddete maruz kalan veya tanık olan çocuklar da mağdurdur; onların da korunmaya ve desteğe hakkı vardır.

## Haklarınız

rights-id-check-title = 🪪 Kimlik kontrolü
rights-id-check =
    🪪 Kimlik kontrolünde veya polis sizi durdurduğunda haklarınız:
    • Polis, yasanın izin verdiği durumlarda kimliğinizi sorabilir.
    • Belçika'da 12 yaşından itibaren herkesin bir kimlik kartı veya oturma kartı vardır. Kartınızı yanınızda taşıyın.
    • Polis memurunun adını veya sicil numarasını sorabilirsiniz.
    • Katılmasanız bile sakin kalın ve karşı koymayın. Saati, yeri ve olanları not edin.
    • Üst araması (kıyafetlerin üzerinden yoklama) haklı bir nedene dayanmalı ve mümkünse sizinle aynı cinsiyetten bir memur tarafından yapılmalıdır.

    Size yapılan muameleyi haksız buluyorsanız sonradan şikâyette bulunabilirsiniz. Nasıl yapılacağını “Polis hakkında şikâyet” konusunda bulabilirsiniz.

rights-complaint-title = 📣 Polis hakkında şikâyet
rights-complaint =
    📣 Bir polis memurunun davranışından memnun değil misiniz? Şikâyette bulunma hakkınız var ve şikâyetiniz yüzünden size karşı hiçbir misillemede bulunulamaz.

    İki yol vardır:
    • Polis bölgesi içinde: karakola veya polis bölgesinin iç denetim birimine başvurun ya da { $police } numarasını arayın.
    • Bağımsız yol: { $oversight }. Bu, polisten bağımsız bir denetim kurumudur.

    Şikâyetinize mümkün olduğunca şunları ekleyin:
    • tarih, saat ve yer
    • memurun sicil numarası veya adı ya da polis aracının plakası
    • tam olarak ne olduğu
    • tanıkların adları ve iletişim bilgileri, varsa fotoğraf veya belgeler

rights-victim-support-title = 🫂 Mağdur desteği
rights-victim-support =
    🫂 Bir suçun veya ciddi bir olayın mağduruysanız haklarınız vardır:
    • Bilgi alma hakkı: dosyanızın durumu ve sonraki adımlar hakkında.
    • Şikâyette bulunma ve ifadenizin bir kopyasını alma hakkı.
    • Güvendiğiniz birinin size eşlik etmesi hakkı.
    • Psikolojik, pratik ve hukuki destek alma hakkı.

    Polisin mağdur destek birimi olaydan hemen sonra yanınızda olur. Karakolda veya bu sohbette sorabilirsiniz.
    Daha uzun süreli destek için: { $victim_support }.

    Tehlikedeyseniz hemen { $emergency } numarasını arayın.

rights-hate-crime-title = 🚫 Nefret suçu ve ayrımcılık
rights-hate-crime =
    🚫 Nefret suçu; köken, ten rengi, din, cinsel yönelim, cinsiyet kimliği, engellilik gibi nedenlerle duyulan nefretle işlenen bir suçtur. Hakaret, tehdit, saldırı veya mala zarar verme şeklinde olabilir.
    • “Küçük” görünse de, internette olsa da her zaman bildirin.
    • Kanıtları saklayın: fotoğraflar, ekran görüntüleri, bağlantılar, tanıkların adları.
    • Polis, nefret saikini tutanağa kaydetmek zorundadır. Gerekirse bunu isteyin.

    Bildirmek için: { $police }, en yakın karakol veya bu sohbet.
    Ayrımcılık konusunda tavsiye ve destek için { $equality_body } ile de iletişime geçebilirsiniz.

rights-minors-title = 🧒 18 yaş altı: haklarınız
rights-minors =
    🧒 18 yaşından küçükseniz ve polis sizi sorgulamak istiyorsa özel haklarınız vardır:
    • Avukat hakkı: sorgudan önce avukatla baş başa konuşursunuz, avukat sorgu sırasında da yanınızda olur. Gerekirse avukat ücretsizdir.
    • Haklarınızın size anlayacağınız kelimelerle açıklanması hakkı. Anlamadığınız bir şey olursa sorun.
    • Susma hakkı ve kendi aleyhinize konuşmaya zorlanmama hakkı.
    • Anne babanızın veya sizden sorumlu kişinin haberdar edilmesi hakkı.
    • Yasanın öngördüğü durumlarda güvendiğiniz bir yetişkinin size eşlik etmesi hakkı.

    Okumadığınız veya anlamadığınız hiçbir şeyi imzalamayın.

rights-interpreter-title = 🗣️ Tercüman ve avukat
rights-interpreter =
    🗣️ Polis sizi sorguladığında şu haklara sahipsiniz:
    • Dili anlamıyor veya iyi konuşamıyorsanız ücretsiz bir tercüman.
    • Sorgudan önce bir avukatla gizli olarak görüşme hakkı; birçok durumda avukat sorgu sırasında da yanınızda olabilir (Belçika'da “Salduz hakları” denir).
    • Geliriniz düşükse ücretsiz veya düşük ücretli hukuki yardım.
    • Susma hakkı.
    • İmzalamadan önce ifadenizi okuma, düzeltme veya tamamlama hakkı. Katılmadığınız bir şeyi imzalamayın.
