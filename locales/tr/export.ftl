## Ulusal platformun biçimlerinde dışa aktarmalar (La Coop de la médiation numérique).
## Dosyalardaki sütun başlıkları platformunkilerdir, Fransızcadır ve burada yer almaz:
## bunlar arayüz metni değil, bir dosya biçimidir.

export-title = Dışa aktarmalar
export-intro = Escale, yaptığınız destekleri veya yararlanıcılarınızı La Coop de la médiation numérique biçiminde yazar; böylece onları ikinci kez yazmadan bildirirsiniz. Dosya, platformun beklediği gibi Fransızcadır.
export-what = Neyi dışa aktarmak istiyorsunuz?
export-what-activities = Destekler (desteklenen her kişi için bir satır)
export-what-people = Yararlanıcılar (adı olan kişiler)
export-what-statistics = Dönemin istatistikleri (temel rakamlar, konular, yerler, kişiler)
export-period = Dönem
export-period-this-month = Bu ay
export-period-last-month = Geçen ay
export-period-this-year = Bu yıl
export-period-custom = Başka tarihler
export-from = Başlangıç
export-to = Bitiş
export-period-reversed = Başlangıç tarihi bitiş tarihinden sonra.
export-place = Yer
export-place-all = Tüm yerler
export-format = Dosya biçimi
export-format-xlsx = XLSX tablosu (La Coop de la médiation numérique için)
export-format-csv = CSV (başka araçlar için)
export-folder = Kaydedilecek klasör (USB bellek veya Belgeler)
export-now = Dışa aktar
export-working = Dışa aktarılıyor
export-cancel = Dışa aktarmayı durdur
# $rows: dosyadaki satır sayısı; $name: dosyanın adı.
export-done = { $rows ->
    [0] Dosya kaydedildi, bu dönem için hiç satır yok: { $name }
    [one] Dosya { $rows } satırla kaydedildi: { $name }
   *[other] Dosya { $rows } satırla kaydedildi: { $name }
}
export-done-folder = Klasör: { $folder }

# Komut satırı.
cli-about-escale-export = Ulusal platformun biçimlerinde (La Coop de la médiation numérique) XLSX veya CSV olarak dışa aktarır.
cli-about-escale-export-activities = Destekleri dışa aktarır: desteklenen her kişi için bir satır.
cli-about-escale-export-people = Adı olan yararlanıcıları dışa aktarır.
cli-arg-escale-export-activities-from = Bu tarihten itibaren, bu tarih dahil (YYYY-AA-GG).
cli-arg-escale-export-activities-to = Bu tarihe kadar, bu tarih dahil (YYYY-AA-GG).
cli-arg-escale-export-activities-place = Yalnızca bu yerdeki destekler (yerin kimliği).
cli-arg-escale-export-activities-format = Dosya biçimi: xlsx (ulusal platform) veya csv (başka araçlar).
cli-arg-escale-export-activities-output = Yazılacak dosya ya da dosyanın platformun verdiği adı alacağı klasör (varsayılan olarak geçerli klasör).
cli-arg-escale-export-activities-json = Sonuç JSON olarak.
cli-arg-escale-export-people-from = Yalnızca bu tarihten itibaren desteklenen kişiler, bu tarih dahil (YYYY-AA-GG).
cli-arg-escale-export-people-to = Yalnızca bu tarihe kadar desteklenen kişiler, bu tarih dahil (YYYY-AA-GG).
cli-arg-escale-export-people-place = Yalnızca bu yerde desteklenen kişiler (yerin kimliği).
cli-arg-escale-export-people-format = Dosya biçimi: xlsx (ulusal platform) veya csv (başka araçlar).
cli-arg-escale-export-people-output = Yazılacak dosya ya da dosyanın platformun verdiği adı alacağı klasör (varsayılan olarak geçerli klasör).
cli-arg-escale-export-people-json = Sonuç JSON olarak.
cli-about-escale-export-statistics = Bir dönemin istatistiklerini dışa aktarır: genel rakamlar, son 12 ay ve her dağılım sayı ve yüzde olarak.
cli-arg-escale-export-statistics-from = Dönemin ilk günü (YYYY-AA-GG), varsayılan olarak ayın 1’i.
cli-arg-escale-export-statistics-to = Dönemin son günü (YYYY-AA-GG), varsayılan olarak bugün.
cli-arg-escale-export-statistics-place = Yalnızca bu yerdeki etkinlikler (yerin ID’si).
cli-arg-escale-export-statistics-format = Dosya biçimi: xlsx (ulusal platform) veya csv (başka araçlar).
cli-arg-escale-export-statistics-output = Yazılacak dosya ya da dosyanın platformun verdiği adı alacağı klasör (varsayılan olarak geçerli klasör).
cli-arg-escale-export-statistics-json = Sonuç JSON olarak.
cli-national-export-progress = Dışa aktarma
# $rows: satır sayısı; $path: yazılan dosya.
cli-national-export-written = { $rows ->
    [one] { $rows } satır { $path } dosyasına aktarıldı
   *[other] { $rows } satır { $path } dosyasına aktarıldı
}

# Hata.
error-export-not-written = Escale bu dışa aktarma dosyasını yazamadı (iç hata). Geride hiçbir dosya kalmadı. Tekrar deneyin ya da sorunu bildirin.
