## Limite de lungime pentru ce scriu locuitorii.

limit-too-long = Textul este prea lung: aici încap cel mult { $max } caractere, iar mesajul dvs. are { $length }. Vă rugăm să-l scrieți mai scurt; ce ați completat până acum se păstrează.
limit-description-full = Descrierea poate avea cel mult { $max } caractere; mai sunt libere { $left }, iar acest mesaj are { $length }. Vă rugăm să-l scurtați sau să-l trimiteți în părți mai mici; ce ați completat până acum se păstrează.
