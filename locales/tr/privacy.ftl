# Kişinin hakları: verilerinin okunabilir kopyası (erişim hakkı) ve erişim kaydı.

access-document-title = Escale’deki kişisel verileriniz
access-document-intro = Bu belge, size destek veren kuruluşun Escale’de sizinle ilgili kaydettiği her şeyi içerir ({ $date } itibarıyla).
# “etiket: değer” biçiminde bir satır.
access-line = { $label }: { $value }
access-list-separator = {", "}
access-value-missing = belirtilmemiş
access-none = Yok.
access-erased = Kimlik bilgileriniz, iletişim bilgileriniz ve sizinle ilgili notlar { $date } tarihinde silindi.

access-section-identity = Kimlik ve iletişim bilgileri
access-section-consents = Onaylar
access-section-accompaniments = Destek görüşmeleri
access-section-procedures = İdari işlemler
access-section-audit = Dosyanıza kim, ne zaman baktı veya dosyanızı kim değiştirdi

access-label-id = Dosya numarası
access-label-birth-year = Doğum yılı
access-label-gender = Cinsiyet
access-label-social-status = Durum
access-label-commune = Yerleşim yeri
access-commune = { $name } ({ $postalCode }, INSEE kodu { $inseeCode })
access-consent = { $date } tarihinde verilen onay ({ $method }); amaçları: { $purposes }.
access-consent-withdrawn = { $date } tarihinde geri çekildi.
access-accompaniment = { $date } — { $kind }, { $duration }, { $place }
access-label-themes = Konular
access-label-workshop = Atölye
access-label-autonomy = Kendi başına yapabilme
access-label-orientation = Yönlendirme
access-label-procedure-name = İşlem
access-label-next-steps = Sonraki adımlar
access-procedure = { $kind } — { $status }
access-label-reference = Dosya numarası
access-label-deadline = Son tarih
access-status-change = { $date }: { $status }
access-audit-event = { $date } — { $action } ({ $entity })

# Erişim kaydındaki eylemler (crates/escale-core/src/privacy/audit.rs kodları).
audit-action-create = oluşturma
audit-action-update = değiştirme
audit-action-status-change = durum değişikliği
audit-action-delete = silme
audit-action-view = görüntüleme
audit-action-export = verilerin dışa aktarılması
audit-action-erase = kalıcı silme
audit-action-anonymise = anonimleştirme (saklama süresi doldu)
audit-action-withdraw = onayın geri çekilmesi
audit-action-restore = geri getirme (geri alınan silme veya birleştirme)
audit-action-merge = iki dosyanın birleştirilmesi

# Kayıttaki bir satırın neyle ilgili olduğu.
audit-entity-beneficiary = kişinin dosyası
audit-entity-activity = destek görüşmesi
audit-entity-procedure = işlem
audit-entity-consent = onay
audit-entity-place = hizmet yeri
audit-entity-structure = kuruluş
audit-entity-setting = ayar
audit-entity-catalogue-entry = katalogdaki işlem

privacy-title = Kişisel veriler ve kişinin hakları
privacy-consents = Onay
privacy-no-consent = Kayıtlı onay yok.
privacy-consent-line = { $date } tarihinde verildi ({ $method })
privacy-consent-withdrawn-on = { $date } tarihinde geri çekildi
privacy-withdraw = Bu onayı bugün geri çekin
privacy-consent-date = Onay tarihi
privacy-consent-method = Nasıl
privacy-consent-purposes = Ne için
privacy-record-consent = Onayı kaydedin
privacy-consent-recorded = Onay kaydedildi.
privacy-consent-withdrawn = Onayın geri çekilmesi kaydedildi.
privacy-access = Verilerin kopyası (erişim hakkı)
privacy-access-explanation = İki dosya: kişinin dilinde okunabilir bir metin ve JSON biçiminde tüm veriler. Dosya adlarında hiçbir kişi adı yer almaz.
privacy-export-folder = Kaydedilecek klasör
privacy-usb-key = USB bellek
privacy-documents = Belgeler
privacy-export = Verilerin kopyasını kaydedin
privacy-exported = Kopya kaydedildi:
privacy-erasure = Kalıcı silme
privacy-erasure-explanation = Bu kişinin kimlik bilgilerini, iletişim bilgilerini ve notlarını kalıcı olarak siler. Destek görüşmeleri istatistikler için adsız olarak sayılmaya devam eder.
privacy-erase = Bu kişinin verilerini silin…
privacy-erasure-question = Bu kişinin verileri kalıcı olarak silinsin mi?
privacy-erasure-goes = Silinecekler:
privacy-erasure-accompaniment-notes = { $count ->
    [one] bir destek görüşmesinin notları ve sonraki adımları
   *[other] { $count } destek görüşmesinin notları ve sonraki adımları
}
privacy-erasure-procedure-texts = { $count ->
    [one] bir işlemin dosya numarası ve notları
   *[other] { $count } işlemin dosya numaraları ve notları
}
privacy-erasure-status-notes = { $count ->
    [one] bir işlem takip notu
   *[other] { $count } işlem takip notu
}
privacy-erasure-keeps = İstatistikler için adsız olarak kalanlar: { $accompaniments } destek görüşmesi ve { $procedures } işlem. Bu silme geri alınamaz.
privacy-erasure-cancel = Silmeyin
privacy-erasure-confirm = Kalıcı olarak silin
privacy-erased = Kişinin verileri silindi.
audit-title = Görüntüleme ve değişiklik kaydı
audit-when = Ne zaman
audit-what = Eylem
audit-which = Ne
audit-open-file = Dosyayı açın
audit-more = Daha fazlasını gösterin
audit-empty = Kayıtta hiçbir şey yok.
retention-title = Saklama süresi
retention-explanation = Bu süre boyunca hiç destek görüşmesi olmayan dosyalar, Escale açılırken anonimleştirilir. İstatistikler değişmez.
retention-months = Etkin olmayan dosyaları saklama süresi (ay)
retention-save = Süreyi kaydedin
retention-saved = Saklama süresi kaydedildi.
retention-preview-title = 30 gün içinde anonimleştirilecek dosyalar
retention-preview-none = 30 gün içinde hiçbir dosya anonimleştirilmeyecek.
retention-preview-line = { $name } — son destek görüşmesi { $last }, anonimleştirme tarihi { $on }
retention-preview-more = Ve { $count } tane daha.
