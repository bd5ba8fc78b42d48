## Bir dönemin istatistikleri (ekran, komut satırı, dışa aktarmalar ve aylık rapor).

stats-title = İstatistikler
stats-open = İstatistikler
stats-period = Dönem
stats-period-this-month = Bu ay
stats-period-last-month = Geçen ay
stats-period-this-year = Bu yıl
stats-period-custom = Seçilen dönem
stats-from = Başlangıç
stats-to = Bitiş
stats-show = Göster
stats-place = Yer
stats-place-all = Tüm yerler
stats-subtitle = { $from } ile { $to } arası
stats-subtitle-place = { $from } ile { $to } arası, yer: { $place }
stats-empty = Bu dönemde kaydedilmiş etkinlik yok.
stats-key-figures = Temel rakamlar
stats-total-accompaniments = Destek görüşmeleri
stats-total-people = Desteklenen kişiler
stats-total-new-people = Yeni kişiler
stats-total-followed-people = Takip edilen kişiler
stats-total-anonymous-people = Anonim kişiler
stats-total-individual = Bireysel destek görüşmeleri
stats-total-workshop-participants = Atölye katılımları
stats-total-activities = Etkinlikler
stats-total-workshops = Atölyeler
stats-months = Son 12 ay
stats-months-caption = Aylara göre destek görüşmeleri ve desteklenen kişiler
stats-column-month = Ay
stats-column-accompaniments = Destek görüşmeleri
stats-column-people = Kişiler
stats-column-label = Değer
stats-column-count = Sayı
stats-column-percent = Oran
stats-digital-themes = Dijital destek konuları
stats-administrative-themes = İdari konular
stats-equipment = Kullanılan araçlar
stats-channels = Destek kanalları
stats-durations = Süreler
stats-places = Hizmet yerleri
stats-genders = Cinsiyet
stats-age-bands = Yaş grupları
stats-social-statuses = Kişilerin durumu
stats-communes = Oturdukları yerleşim yeri
stats-commune-unknown = Yerleşim yeri belirtilmemiş
stats-activities-note = Dönemdeki etkinlikler içindeki oran; bir etkinliğin birden fazla konusu olabilir.
stats-people-note = Dönemde desteklenen kişiler içindeki oran.
stats-loading = İstatistikler hesaplanıyor…

error-period-ends-before-start = Dönem, başlamadan önce bitiyor: iki tarihi de kontrol edin.
error-period-too-long = Bu dönem çok uzun ({ $max } günden fazla): iki tarihin yılını kontrol edin.

cli-about-escale-stats = Bir dönemin rakamları: destek görüşmeleri, kişiler, konular, yerler, aylara göre (varsayılan olarak bu ay).
cli-arg-escale-stats-from = Dönemin ilk günü (YYYY-AA-GG), varsayılan olarak ayın 1’i.
cli-arg-escale-stats-to = Dönemin son günü (YYYY-AA-GG), varsayılan olarak bugün.
cli-arg-escale-stats-month = Bütün bir ay (YYYY-AA), --from ve --to yerine.
cli-arg-escale-stats-place = Yalnızca bu yerdeki etkinlikler (yerin ID’si).
cli-arg-escale-stats-json = Sonuç JSON biçiminde.
cli-stats-period = { $from } ile { $to } arası istatistikler
cli-stats-accompaniments = { $count ->
    [one] { $count } destek görüşmesi
   *[other] { $count } destek görüşmesi
} ({ $individual } bireysel, { $workshop } atölyede)
cli-stats-people = { $count ->
    [one] { $count } desteklenen kişi
   *[other] { $count } desteklenen kişi
}, bunlardan { $new } kişi yeni ({ $followed } takip edilen, { $anonymous } anonim)
cli-stats-activities = { $count ->
    [one] { $count } etkinlik
   *[other] { $count } etkinlik
} ({ $individual } bireysel destek görüşmesi, { $workshops } atölye)
cli-stats-share = { "  " }{ $label }: { $count } (%{ $percent })
cli-stats-month = { "  " }{ $month }: { $accompaniments } destek görüşmesi, { $people } kişi
