# Pencerede takip edilen işlemlerin ekranları (ui/src/features/procedures ve follow-up):
# kişinin dosyası, işlem başlatma, bir işlemin ekranı, “Takip edilecekler” listesi
# ve kuruluşun kataloğu. Kısa cümleler, günlük kelimeler.

shortcut-follow-up = Ctrl+U

## Kişinin dosyasında

procedures-open-title = { $count ->
    [0] Süren işlemler
   *[other] Süren işlemler ({ $count })
}
procedures-start = Bir işlem başlatın
procedures-none-open = Süren işlem yok.
procedures-closed-title = { $count ->
    [one] { $count } tamamlanmış işlem
   *[other] { $count } tamamlanmış işlem
}
procedures-deadline = Son tarih: { $date }
procedures-next-renewal = Yenileme: { $date }
procedures-next-declaration = Sonraki beyan: { $date }
procedures-call-back = Geri arama: { $date }
procedures-documents-missing = { $count ->
    [0] Tüm belgeler tamam
    [one] { $count } belge eksik
   *[other] { $count } belge eksik
}

## Katalogdaki bir işlem hakkında bilinenler

procedure-for = Kişi:
procedure-own-entry = Kuruluşa özel
procedure-facts-organisation = Kurum
procedure-facts-theme = Konu
procedure-facts-delay = Olağan süre
procedure-facts-days = { $days ->
    [one] { $days } gün
   *[other] { $days } gün
}
procedure-facts-every = { $months } ayda bir
procedure-facts-documents = İstenen belgeler
procedure-facts-no-document = Listede belge yok.

## İşlem başlatma

procedure-start-title = Bir işlem başlatın
procedure-start-search = Hangi işlem?
procedure-start-search-help = İşlemin veya kurumun adından birkaç harf yazın. Seçmek için ↑ ↓ okları, onaylamak için Enter.
procedure-start-results = { $count ->
    [0] İşlem yok
    [one] { $count } işlem
   *[other] { $count } işlem
}
procedure-start-no-match = “{ $query }” ile eşleşen işlem yok.
procedure-start-manage-catalogue = İşlem listede yok mu? Onu kataloğa ekleyin.
procedure-start-nothing-chosen = Listeden bir işlem seçin.
procedure-start-status = İşlem ne aşamada?
procedure-start-status-a_faire = Yapılacak
procedure-start-status-deposee = Başvuru zaten yapıldı
procedure-start-status-acceptee = Zaten kabul edildi: yenilemeleri takip edin
procedure-started-on = Başlangıç tarihi
procedure-start-confirm = Takibi başlatın

## Bir işlemin ekranı

procedure-screen-since = { $date } tarihinden beri
procedure-change-status = Durumu değiştirin
procedure-next-status = Yeni durum
procedure-screen-status-on = Tarih
procedure-screen-status-note = Not (isteğe bağlı)
procedure-screen-status-save = Durumu kaydedin
procedure-reopen-title = İşlemi yeniden açın
procedure-reopen-open = İşlemi yeniden açın…
procedure-closed-title = Tamamlanmış işlem
procedure-reopen-explanation = Bu işlem tamamlandı. Yeniden ele almak için (itiraz, yeni başvuru, geri alınan karar) işlemi yeniden açın ve nedenini yazın.
procedure-reopen-status = Devam edilecek durum
procedure-reopen-note = Neden yeniden açıyorsunuz? (zorunlu)
procedure-reopen-save = İşlemi yeniden açın
procedure-history = Geçmiş
procedure-step-reopened = Yeniden açıldı: { $status }

procedure-screen-documents-count = Getirilen belgeler: { $brought } / { $total }
procedure-screen-brought-on = Getirildiği tarih: { $date }
procedure-screen-not-needed = Gerekli değil
procedure-screen-not-needed-label = { $document }: gerekli değil, listeden çıkarın
procedure-screen-add-document = Listeye bir belge ekleyin
procedure-screen-choose-document = Bir belge seçin…
procedure-screen-add-document-button = Ekleyin

procedure-next-renewal-on = Yenileme tarihi: { $date }
procedure-next-declaration-on = Beyan tarihi: { $date }
procedure-renewal-done = Yenileme yapıldı
procedure-declaration-done = Beyan yapıldı
procedure-recurrence-done-help = Bugün yapıldığını kaydeder. Bir sonraki tarih kendiliğinden hesaplanır.

procedure-details = Referans, tarihler ve notlar
procedure-reference-label = Dosya veya başvuru numarası
procedure-deadline-label = Son tarih
procedure-renewal-label = Yenileme tarihi
procedure-declaration-label = Sonraki beyanın tarihi
procedure-call-back-label = Kişiyi geri arama tarihi
procedure-notes-label = Notlar
procedure-details-save = Kaydedin
procedure-details-unsaved = Değişiklikler henüz kaydedilmedi

procedure-activities = { $count ->
    [0] Bağlantılı destek görüşmeleri
   *[other] Bağlantılı destek görüşmeleri ({ $count })
}
procedure-no-activity = Bu işleme bağlı destek görüşmesi yok.
procedure-activity-line = { $date }: { $themes }
procedure-link = Kişinin bir destek görüşmesini bağlayın
procedure-link-choose = Bir destek görüşmesi seçin…
procedure-link-button = Bağlayın
procedure-unlink = Bağlantıyı kaldırın
procedure-unlink-label = { $date } tarihli destek görüşmesinin bağlantısını kaldırın

## Onaylar

procedure-toast-started = İşlem başlatıldı.
procedure-toast-status = Durum kaydedildi: { $status }.
procedure-toast-reopened = İşlem yeniden açıldı: { $status }.
procedure-toast-document-brought = Belge getirildi: { $document }.
procedure-toast-document-missing = Belge eksik: { $document }.
procedure-toast-document-not_needed = Belge listeden çıkarıldı: { $document }.
procedure-toast-document-added = Belge listeye eklendi: { $document }.
procedure-toast-saved = Kaydedildi.
procedure-toast-recurrence-done = Not edildi.
procedure-toast-recurrence-done-next = Not edildi. Bir sonraki: { $date }.
procedure-toast-linked = Destek görüşmesi bağlandı.
procedure-toast-unlinked = Destek görüşmesinin bağlantısı kaldırıldı.

## Takip edilecekler

follow-up-title = Takip edilecekler
follow-up-subtitle = Bugün ({ $date }) ve sonraki 7 gün
follow-up-help = Enter veya tıklama: işlemi açar. Satırlar arasında geçmek için ↑ ↓ okları.
follow-up-empty = Bu hafta takip edilecek bir şey yok.
follow-up-overdue = Gecikmiş ({ $count })
follow-up-today = Bugün ({ $count })
follow-up-week = Bu hafta ({ $count })
follow-up-more = Daha fazla göster ({ $count } tane daha)
follow-up-why-deadline = Son tarih: { $date }
follow-up-why-renewal = Yenileme: { $date }
follow-up-why-renewal-prepare = Yenileme: { $date }; hazırlığa başlama: { $start }
follow-up-why-declaration = Beyan: { $date }
follow-up-why-declaration-prepare = Beyan: { $date }; hazırlığa başlama: { $start }
follow-up-why-stuck = { $status } ({ $date } tarihinden beri): uzun sürüyor
follow-up-why-call-back = Geri arama: { $date }
follow-up-open-file = Dosya
follow-up-open-title = “Takip edilecekler” listesini açın (Ctrl+U)
follow-up-count = Bu hafta takip edilecekler: { $count }
follow-up-count-overdue = bunların { $count } tanesi gecikmiş
follow-up-count-none = Bu hafta takip edilecek bir şey yok

## Kuruluşun işlem kataloğu

catalogue-title = İşlem kataloğu
catalogue-intro = Kuruluşunuzun hiç yapmadığı işlemlerin işaretini kaldırın: artık önerilmezler. Başlamış işlemler değişmez.
catalogue-filter = Katalogda arayın
catalogue-hidden-count = { $count ->
    [one] { $count } gizlenmiş işlem
   *[other] { $count } gizlenmiş işlem
}
catalogue-no-match = “{ $query }” ile eşleşen işlem yok.
catalogue-state-offered = Önerilen
catalogue-state-hidden = Gizlenen
catalogue-add-open = Kuruluşa ait bir işlem ekleyin
catalogue-add-title = Kuruluşa ait yeni işlem
catalogue-new-label = İşlemin adı
catalogue-new-label-help = İş arkadaşlarınızın arayacağı şekilde yazın. Bu ad çevrilmez.
catalogue-choose-theme = Bir konu seçin…
catalogue-no-organisation = Belirtilmemiş
catalogue-new-delay = Olağan süre (gün)
catalogue-new-documents = { $count ->
    [0] İstenen belgeler
    [one] İstenen belgeler ({ $count } seçildi)
   *[other] İstenen belgeler ({ $count } seçildi)
}
catalogue-document-search = Belge arayın…
catalogue-add-save = Kataloğa ekleyin
catalogue-toast-added = İşlem kataloğa eklendi: { $procedure }.
catalogue-toast-hidden = İşlem gizlendi: { $procedure }.
catalogue-toast-offered = İşlem yeniden önerildi: { $procedure }.

## Çekirdeğe gönderilmeden önce arayüzün denetlediği hatalar

error-ui-procedure-status-required = Yeni durumu seçin.
error-ui-procedure-theme-required = Bir idari konu seçin.
