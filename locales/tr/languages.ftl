# Settings: Escale's languages and how far each translation has been checked.

languages-title = Diller
languages-help = Escale bu dilleri konuşur. Taslak bir çeviri, o dili ana dili olarak konuşan biri tarafından henüz okunmadı: çok kişiye göstermeden önce kontrol ettirin.
languages-column-language = Dil
languages-column-messages = Çevrilen metinler
languages-column-review = Kontrol
languages-messages = { $total } metnin { $translated } tanesi
languages-right-to-left = Sağdan sola yazılır
languages-review-reference = Kaynak dil
languages-review-drafted = Taslak ({ $date }), henüz kontrol edilmedi
languages-review-drafted-undated = Taslak, henüz kontrol edilmedi
languages-review-reviewed = { $date } tarihinde kontrol edildi: { $reviewer }
