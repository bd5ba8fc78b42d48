# Bir dosyadan kişi içe aktarma (La Coop de la médiation numérique içe aktarma şablonu, hesap tablosu, CSV).

## Okunamayan dosyalar

error-import-file-empty = Dosya boş: dolu hiçbir hücre yok.
error-import-file-too-large = Dosya çok büyük ({ $max } MB üzerinde). Birkaç dosyaya bölün.
error-import-not-a-spreadsheet = Bu dosya okunabilir bir hesap tablosu değil (XLSX veya CSV). Bozuk ya da eksik olabilir: hesap tablosu programınızdan XLSX veya CSV olarak yeniden kaydedin.
error-import-sheet-missing = Çalışma kitabında “{ $sheet }” adlı bir sayfa yok. Sayfaları: { $sheets }.
error-import-too-many-rows = Dosyada çok fazla satır var (sınır { $max }). Birkaç dosyaya bölün.
error-import-too-many-columns = Dosyada çok fazla sütun var (sınır { $max }).
error-import-cell-too-long = { $column }{ $line } hücresi çok uzun (hücre başına sınır { $max } karakter).
error-import-header-row-missing = Dosyanın { $line }. satırı boş ya da yok: sütun başlıklarını taşıyamaz.
error-import-column-unknown = Dosyada “{ $column }” sütunu yok: harfini (A, B, C…) ya da başlığını yazın.
error-import-field-unknown = “{ $field }” bir kişinin alanı değil. Alanlar: { $fields }.
error-import-name-column-missing = Dosyanın hiçbir sütunu soyadı ya da ad olarak tanınmadı. Hangisi olduğunu belirtin (örneğin --column last-name=A).

## İçe aktarılan bir satırla ilgili notlar

error-import-commune-not-found = Belediye resmî listede bulunamadı: kişi belediyesiz içe aktarıldı.
error-import-commune-ambiguous = Bu adı taşıyan birden çok belediye var: kişi belediyesiz içe aktarıldı. Seçmek için posta kodunu ekleyin.
import-duplicate-of-line = Dosyanın { $line }. satırıyla aynı ad ve aynı doğum yılı.
import-duplicate-of-existing = Zaten kayıtlı kişilerle aynı ad ve aynı doğum yılı (sayı: { $count }).

## Alanlar

import-field-name = Ad ve soyadı
import-field-lastName = Soyadı
import-field-firstName = Ad
import-field-birthYear = Doğum yılı
import-field-gender = Cinsiyet
import-field-socialStatus = Durum
import-field-commune = Belediye
import-field-communeInseeCode = INSEE kodu
import-field-communePostalCode = Posta kodu
import-field-phone = Telefon
import-field-email = E-posta adresi
import-field-notes = Notlar

## Reddedilen satırlar raporu (CSV dosyası)

import-report-line = Satır
import-report-field = Alan
import-report-reason = Neden
import-report-outcome = Sonuç
import-report-refused = Satır reddedildi
import-report-kept = İçe aktarıldı
import-report-likely-duplicate = Olası kopya

## Komut satırı

cli-about-escale-import = Başka bir araçtan veri içe aktarır.
cli-about-escale-import-people = Bir XLSX veya CSV dosyasından kişileri içe aktarır (La Coop de la médiation numérique içe aktarma şablonu olduğu gibi tanınır). Önce neyin içe aktarılacağını, olası kopyaları ve reddedilen satırları gösterir; ya hepsi ya hiçbiri.
cli-arg-escale-import-people-file = İçe aktarılacak dosya (XLSX veya CSV).
cli-arg-escale-import-people-sheet = Okunacak çalışma kitabı sayfası (varsayılan olarak ilki).
cli-arg-escale-import-people-header_row = Sütun başlıklarının bulunduğu satır (varsayılan olarak kendiliğinden bulunur); kişiler sonraki satırlardadır.
cli-arg-escale-import-people-column = Bir alanın nereden okunacağı: ALAN=SÜTUN, sütun harfiyle ya da başlığıyla (örneğin phone=G, notes="Açıklamalar"); okunmaması için ALAN=-. Alanlar: last-name, first-name, birth-year, commune, insee-code, postal-code, phone, email, gender, social-status, notes.
cli-arg-escale-import-people-dry_run = Hiçbir şey kaydetmeden neyin içe aktarılacağını göster.
cli-arg-escale-import-people-skip_duplicates = Olası kopyaları içe aktarma.
cli-arg-escale-import-people-rejects = Reddedilen satırlar ve notlar raporunu bu CSV dosyasına kaydet.
cli-arg-escale-import-people-json = Sonuç JSON olarak.

cli-import-national-template = La Coop de la médiation numérique içe aktarma şablonu tanındı: “{ $sheet }” sayfası, kişiler { $line }. satırdan itibaren.
cli-import-column = { $field }: { $column } sütunu
cli-import-summary = Okunan satır: { $lines }; içe aktarılacak kişi: { $accepted }; reddedilen satır: { $rejected }.
cli-import-duplicates = Olası kopyalar (aynı ad ve aynı doğum yılı): { $count }.
cli-import-issue = Satır { $line } ({ $field }): { $reason }
cli-import-more-issues = … ve diğer notlar: { $count } (--rejects raporu hepsini verir).
cli-import-report-written = Rapor { $path } konumuna kaydedildi.
cli-import-dry-run = Deneme: hiçbir şey kaydedilmedi.
cli-import-progress = Kişiler içe aktarılıyor
cli-import-done = İçe aktarılan kişi: { $imported }.
cli-import-skipped-duplicates = Dışarıda bırakılan olası kopya: { $count }.
