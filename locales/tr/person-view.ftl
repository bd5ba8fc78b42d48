# Kişiye çevrilen ekran: kendi dilinde sonraki adımları ve sesli okuma.
# Sade yazın: kısa cümleler, yaygın kelimeler.

## Kişinin dosyasında (danışmanın dili)
person-view-open = Ekranı kişiye çevirin
person-view-open-title = Kişiye kendi dilinde yalnızca onu ilgilendireni gösterin ({ $shortcut })
shortcut-person-view = Ctrl+Shift+P
person-view-needs-pin = Ekranı kişiye çevirmek için önce bir PIN kodu seçin: ekranlarınıza dönmek için sorulacak.
person-view-pin-save = Bu kodu seçin ve ekranı çevirin
person-view-pin-cancel = İptal

## Kişinin ekranı (kendi dilinde)
person-view-title = Sonraki adımlarınız
person-view-title-named = { $name }, sonraki adımlarınız
person-view-next-steps = Yapılacaklar
person-view-next-steps-none = Şimdilik yapılacak bir şey yok.
person-view-written-on = { $date } tarihinde yazıldı
person-view-procedures = Süren işlemleriniz
person-view-procedures-none = Süren işlem yok.
person-view-status = İşlemin durumu: { $status }
person-view-reference = Dosya numarası: { $reference }
person-view-deadline = { $date } tarihinden önce yapılmalı
person-view-documents-missing = { $count ->
    [one] Bir belge eksik:
   *[other] { $count } belge eksik:
}
person-view-documents-complete = Bütün belgeler tamam.
person-view-dates = Sonraki tarihleriniz
person-view-dates-none = Şimdilik planlanmış bir tarih yok.
person-view-date-deadline = «{ $procedure }» için son gün
person-view-date-renewal = «{ $procedure }» yenilenmeli
person-view-date-declaration = «{ $procedure }» beyanı yapılmalı
person-view-date-call_back = danışmanınız «{ $procedure }» için sizi arayacak
person-view-read-aloud = Dinleyin
person-view-stop-reading = Okumayı durdurun
person-view-no-voice = Bu bilgisayarda { $language } dilinde ses yok

## Ekranı danışmana geri vermek (danışmanın dili)
person-view-back = Ekranı danışmana geri verin
person-view-back-explained = Yalnızca danışman için: geri dönmek için kodunuz sorulur.
person-view-back-submit = Ekranlarıma dön
person-view-back-cancel = İptal

## Komut satırı
cli-about-escale-person-view = Kişiye çevrilen ekranın ona kendi dilinde gösterdiklerini yazar: sonraki adımlar, eksik belgeleriyle süren işlemler, sonraki tarihler.
cli-arg-escale-person-view-id = Kişinin kimliği.
cli-arg-escale-person-view-json = Sonuç JSON olarak.

## Sesli okuma hataları
error-reading-unavailable = Sesli okuma motoru (espeak-ng) bu bilgisayarda kurulu değil.
error-reading-no-voice = Bu bilgisayarda bu dil için ses yok.
error-reading-failed = Sesli okuma çalışmadı (ses çıkışı yok mu?).
