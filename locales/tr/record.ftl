# Bir destek görüşmesini veya atölyeyi kaydetme (ui/src/features/activity).

record-new-accompaniment = Yeni destek görüşmesi
record-new-workshop = Yeni atölye
shortcut-new-accompaniment = Ctrl+Shift+N
record-new-accompaniment-title = Herhangi bir ekrandan destek görüşmesi kaydedin (Ctrl+Shift+N)
record-keys-help = Tab: sonraki bölüm · oklar: seçme · Boşluk: işaretleme · Ctrl+Enter: kaydetme

record-person = Desteklenen kişi
record-person-placeholder = Adından birkaç harf…
record-person-help = Enter vurgulanan kişiyi seçer; oklar seçimi değiştirir.
record-person-create = “{ $name }” adlı kişiyi oluşturun
record-person-anonymous = Anonim kişi (adsız)
record-person-born = { $year } doğumlu
record-person-last-seen = son ziyaret: { $date }
record-person-change = Kişiyi değiştirin
record-person-new = Yeni kişi
record-person-search-again = Bunun yerine tanınan bir kişiyi arayın
record-person-accompanied-before = Daha önce de destek aldı (başka bir yerde veya Escale’den önce)

date-letter-day = g
date-letter-month = a
date-letter-year = y

record-more-themes = { $count ->
    [one] + 1 konu daha
   *[other] + { $count } konu daha
}
record-place = Yer
record-place-from-day = { $date } tarihindeki, son kullandığınız yer.
record-orientation-none = Yönlendirme yok

record-workshop-title = Yeni grup atölyesi
record-workshop-name = Atölyenin başlığı
record-workshop-level = Düzey
record-workshop-save = Atölyeyi kaydedin
record-participants = Takip edilen katılımcılar (tanınan kişiler)
record-participants-chosen = Seçilen katılımcılar
record-participant-remove = Atölyeden çıkarın: { $name }
record-participant-remove-short = Çıkarın

record-anonymous-title = Anonim katılımcılar
record-anonymous-total = Toplam sayı
record-anonymous-already = Bunlardan daha önce destek almış olanlar
record-anonymous-gender = Cinsiyet
record-anonymous-age-band = Yaş grubu
record-anonymous-social-status = Durum
record-anonymous-sum = { $sum } / { $total }

toast-workshop-saved = Atölye kaydedildi.

error-ui-person-required = Desteklenen kişiyi seçin, oluşturun ya da “Anonim kişi” seçeneğini seçin.
error-ui-count-invalid = Bir tam sayı yazın (yalnızca rakam).

record-edit-title = Destek görüşmesini düzeltin
record-workshop-edit-title = Atölyeyi düzeltin
record-save-correction = Düzeltmeyi kaydedin
toast-activity-corrected = Düzeltme kaydedildi.
