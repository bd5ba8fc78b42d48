# Penceredeki "Kişileri içe aktar" ekranı: dosya, sütunlar, ön izleme, içe aktarma.

import-ui-open = Kişileri içe aktar
import-ui-title = Kişileri içe aktarma
import-ui-intro = La Coop de la médiation numérique içe aktarma şablonundan veya herhangi bir elektronik tablodan (XLSX ya da CSV). Son adımdan önce hiçbir şey kaydedilmez.

## 1. Dosya

import-ui-step-file = 1. Dosya
import-ui-found-files = Belgelerinizde ve USB belleklerde bulunan tablolar
import-ui-found-files-choose = { $count ->
    [one] Bulunan { $count } dosyadan seçin…
   *[other] Bulunan { $count } dosyadan seçin…
}
import-ui-found-in-documents = { $name } (belgeler)
import-ui-found-on-key = { $name } (USB bellek)
import-ui-path = İçe aktarılacak dosyanın yolu (XLSX veya CSV)
import-ui-path-help = Dosyanın tam yolunu yazın ya da yukarıdaki listeden seçin.
import-ui-path-help-typed = Dosyanın tam yolunu yazın (belgelerinizde veya bir USB bellekte hiç tablo bulunamadı).
import-ui-read = Dosyayı oku
import-ui-read-again = Dosyayı yeniden oku
import-ui-reading = Dosya okunuyor…
import-ui-file-read = Okunan dosya: { $name }
import-ui-sheet = Okunacak çalışma kitabı sayfası
error-import-ui-path-required = İçe aktarılacak dosyayı belirtin.
error-import-file-not-read = Dosya artık bellekte değil: yeniden okuyun.

## 2. Sütunlar

import-ui-step-columns = 2. Sütunlar
import-ui-national-template = La Coop de la médiation numérique içe aktarma şablonu tanındı: sütunları biliniyor, seçilecek bir şey yok.
import-ui-columns-intro = Her bilgi için onu içeren dosya sütunu. Escale bunu sütun başlıklarından tahmin etti: kontrol edin ve gerekirse değiştirin.
import-ui-header-line = Sütun başlıklarının satırı
import-ui-header-line-help = Kişiler sonraki satırlarda. Escale yanlış satırı seçtiyse değiştirin.
import-ui-column-none = İçe aktarma
import-ui-column-option = { $letter } sütunu: { $header }
import-ui-column-option-untitled = { $letter } sütunu (başlıksız)
import-ui-column-example = Örnek: { $example }
import-ui-name-column-needed = Soyadı ya da ad sütununu seçin: o olmadan hiç kimse içe aktarılamaz.

## 3. Ön izleme

import-ui-step-preview = 3. İçe aktarılacaklar
import-ui-previewing = Ön izleme güncelleniyor…
import-ui-accepted = { $count ->
    [one] { $count } kişi içe aktarılacak
   *[other] { $count } kişi içe aktarılacak
} (okunan { $lines ->
    [one] { $lines } satırdan
   *[other] { $lines } satırdan
}).
import-ui-duplicates = { $count ->
    [one] { $count } olası yinelenen kayıt (aynı ad ve aynı doğum yılı).
   *[other] { $count } olası yinelenen kayıt (aynı ad ve aynı doğum yılı).
}
import-ui-rejected = { $count ->
    [one] { $count } satır reddedildi.
   *[other] { $count } satır reddedildi.
}
import-ui-duplicates-title = Olası yinelenen kayıtlar
import-ui-duplicate-of-existing = Satır { $line }: { $name }, { $count ->
    [one] zaten kayıtlı bir kişiye
   *[other] zaten kayıtlı { $count } kişiye
} benziyor: { $existing }.
import-ui-duplicate-of-line = Satır { $line }: { $name }, dosyanın { $earlier }. satırıyla aynı ad ve aynı doğum yılı.
import-ui-skip-duplicates = Olası yinelenen kayıtları içe aktarma
import-ui-rejected-title = Reddedilen satırlar
import-ui-remarks-title = Bir notla içe aktarılan satırlar
import-ui-table-line = Satır
import-ui-table-field = Alan
import-ui-table-reason = Neden
import-ui-more-issues = { $count ->
    [one] … ve { $count } tane daha: rapor hepsini veriyor.
   *[other] … ve { $count } tane daha: rapor hepsini veriyor.
}

## Rapor

import-ui-report-title = Reddedilen satırların raporu
import-ui-report-help = Reddedilen her satırı ve nedenini, her notu ve her olası yinelenen kaydı içeren bir CSV dosyası. Yalnızca satır numaraları ve nedenler içerir, hiçbir ad içermez.
import-ui-report-folder = Raporun kaydedileceği klasör
import-ui-save-report = Raporu kaydet
import-ui-report-saved = "{ $name }" raporu kaydedildi:
error-import-ui-folder-required = Raporun kaydedileceği klasörü belirtin.

## 4. İçe aktarma

import-ui-step-import = 4. İçe aktarma
import-ui-all-or-nothing = Ya hep ya hiç: içe aktarma iptal edilirse veya durursa hiç kimse kaydedilmez.
import-ui-run = { $count ->
    [one] { $count } kişiyi içe aktar
   *[other] { $count } kişiyi içe aktar
}
import-ui-nothing-to-import = İçe aktarılacak kimse yok: dosyayı veya seçilen sütunları düzeltin.
import-ui-importing = Kişiler içe aktarılıyor
import-ui-cancel = İçe aktarmayı iptal et
import-ui-cancelled = İçe aktarma iptal edildi: hiç kimse kaydedilmedi.
import-ui-done-title = İçe aktarma tamamlandı
import-ui-done = { $count ->
    [one] { $count } kişi içe aktarıldı.
   *[other] { $count } kişi içe aktarıldı.
}
import-ui-done-skipped = { $count ->
    [one] { $count } olası yinelenen kayıt dışarıda bırakıldı.
   *[other] { $count } olası yinelenen kayıt dışarıda bırakıldı.
}
import-ui-done-rejected = { $count ->
    [one] Reddedilen { $count } satır içe aktarılmadı.
   *[other] Reddedilen { $count } satır içe aktarılmadı.
}
import-ui-back-to-list = Kişi listesine dön
import-ui-import-another = Başka bir dosya içe aktar
