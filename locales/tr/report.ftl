## Aylık etkinlik raporu (kuruluş ve fon sağlayıcıları için PDF), istatistik ekranındaki bölümü ve
## `escale report` komutu.

report-title = Etkinlik raporu — { $month }
report-period-all-places = { $from } ile { $to } arası, tüm hizmet yerleri
report-printed-on = Düzenlenme tarihi: { $date }
report-number = { $value }
report-share = { $count } (%{ $percent })
report-note-heading = Kuruluşun notu
report-months-caption = Aylara göre destek görüşmeleri: raporun ayıyla biten son on iki ay.
report-procedures = En çok destek verilen işlemler
report-procedures-note = Her işlemle ilgili etkinlik sayısı: takip edilen işlemler ve bir destek görüşmesinde adı geçen işlemler.
report-nothing = Bu ay için kaydedilmiş bir şey yok.
documents-file-report = etkinlik-raporu-{ $month }.pdf
audit-entity-report-note = aylık rapor metni
error-month-invalid = Bu ay geçerli değil: YYYY-AA biçiminde yazın, örneğin 2026-10.

report-section = Aylık rapor
report-explanation = Kuruluş ve fon sağlayıcıları için bir PDF: ayın rakamları, grafikler, konular ve işlemler, yerler ve yerleşim yerleri, bir de sizin metniniz.
report-month = Raporun ayı
report-note-label = Kuruluşun bu ayki notu
report-note-help = Rapora basılan birkaç satır: ayda öne çıkan bir olay, yeni bir yer, bir ortak kuruluş. Alandan çıkar çıkmaz kaydedilir.
report-note-saved = Metin kaydedildi.
report-note-count = { $count } / { $max } karakter
report-print = Raporu PDF olarak kaydedin…
print-title-monthly-report = Aylık etkinlik raporu

cli-about-escale-report = Kuruluş ve fon sağlayıcıları için aylık etkinlik raporu, PDF olarak: temel rakamlar, grafikler, konular, işlemler, yerler ve yerleşim yerleri.
cli-arg-escale-report-month = Raporun ayı (YYYY-AA), varsayılan olarak geçen ay.
cli-arg-escale-report-place = Yalnızca bu yerdeki etkinlikler (yerin ID’si).
cli-arg-escale-report-text = Kuruluşun bu ayki notu; sonraki yazdırmalar için saklanır ("" notu siler).
cli-arg-escale-report-text_file = Aynı metin, bir metin dosyasından okunur (UTF-8).
cli-arg-escale-report-out = Yazılacak PDF dosyası (varsa üzerine yazılır); verilmezse raporun adıyla, geçerli klasöre yazılır.
cli-report-text-not-read = { $path } dosyası metin olarak okunamıyor: dosyanın var olduğunu ve UTF-8 olarak kaydedildiğini kontrol edin.
