## Sakinlerin yazdıkları için uzunluk sınırları.

limit-too-long = Bu çok uzun: buraya en fazla { $max } karakter sığar, mesajınız ise { $length } karakter. Lütfen daha kısa yazın; şimdiye kadar girdikleriniz saklanır.
limit-description-full = Açıklama en fazla { $max } karakter olabilir; { $left } karakterlik yer kaldı, bu mesaj ise { $length } karakter. Lütfen kısaltın ya da daha küçük parçalar hâlinde gönderin; şimdiye kadar girdikleriniz saklanır.
