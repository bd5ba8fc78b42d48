## Kişiye verilecek bir belgeyi yazdırma veya kaydetme (pencere)

print-summary = Özeti yazdırın
print-procedure-sheet = İşlem sayfasını yazdırın
print-consent-form = Onay formunu yazdırın
print-title-summary = Kişiye verilecek destek görüşmesi özeti
print-title-procedure-sheet = Kişiye verilecek işlem sayfası
print-title-consent-form = Kişiye imzalatılacak onay formu
print-explanation = Escale belgeyi PDF olarak kaydeder, sonra yazdırmak için onu siz açarsınız. Belgeyi bir USB bellekte de saklayabilirsiniz.
print-language = Belgenin dili
print-language-french-only = Yalnızca Fransızca
# $language: dilin adı (“العربية (Arapça)”).
print-language-both = Fransızca ve { $language }
print-folder = Kaydedilecek klasör (USB bellek veya Belgeler)
print-file-name = Dosya adı
print-file-name-help = Dosya adına kişinin adını yazmayın: başkaları dosya adlarını görebilir.
print-save = PDF’yi kaydedin
print-saving = Belge hazırlanıyor…
print-saved = { $pages ->
    [one] Belge kaydedildi ({ $pages } sayfa): { $path }
   *[other] Belge kaydedildi ({ $pages } sayfa): { $path }
}
print-open = Yazdırmak için açın
print-opened = Belge PDF görüntüleyicide açılıyor: onu görüntüleyicinin penceresinden yazdırın (Ctrl+P).
print-close = Kapatın
print-replace-question = Bu klasörde “{ $name }” adlı bir dosya zaten var. Yeni belgeyle değiştirilsin mi?
print-replace = Yenisiyle değiştirin
print-other-name = Başka bir ad seçin

# Belge kaydedilirken oluşan hatalar.
error-save-file-exists = { $path } konumunda “{ $name }” adlı bir dosya zaten var. Hiçbir şey kaydedilmedi.
error-file-name-invalid = Bu dosya adı uygun değil: en az bir karakter olmalı, başında nokta olmamalı ve şu işaretlerden hiçbiri olmamalı: / \ : * ? " < > |
error-viewer-not-started = Belge kaydedildi, ancak hiçbir PDF görüntüleyici açılamadı. Yazdırmak için dosyayı dosya yöneticisinden açın.
