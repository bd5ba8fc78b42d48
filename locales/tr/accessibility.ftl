# Accessibility: the keyboard shortcuts panel (F1 or ?), translated from locales/fr/accessibility.ftl.

shortcuts-open = Klavye kısayolları
shortcuts-title = Klavye kısayolları
shortcuts-intro = Bu tuşlar işi faresiz yapar.
shortcuts-close = Kapat
shortcuts-keys-either = { $first } veya { $second }
shortcuts-place-everywhere = Her yerde
shortcuts-place-forms = Formlarda
shortcuts-place-lists = Listelerde ve aramalarda

## Keys

shortcut-help = F1
shortcut-help-question = ?
shortcut-search = Ctrl+K
shortcut-search-slash = /
shortcut-undo = Ctrl+Z
shortcut-tab = Tab
shortcut-arrows = Oklar
shortcut-space = Boşluk
shortcut-up-down = ↑ ↓
shortcut-page = Page Up / Page Down
shortcut-enter = Enter

## Actions

shortcuts-action-help = Bu kısayol listesini göster
shortcuts-action-search = Bir kişi ara
shortcuts-action-new-person = Yeni kişi
shortcuts-action-new-accompaniment = Bir destek kaydet
shortcuts-action-follow-up = «Takip edilecekler» listesini aç
shortcuts-action-lock = Ekranı kilitle
shortcuts-action-undo = Alttaki mesaj «Geri alın» önerdiğinde son işlemi geri al
shortcuts-action-back = Önceki ekrana dön
shortcuts-action-save = Formu kaydet
shortcuts-action-next-field = Sonraki bölüme geç (Shift+Tab: öncekine)
shortcuts-action-choices = Bir gruptaki seçenekler arasında geç
shortcuts-action-tick = Seçeneği işaretle veya işareti kaldır
shortcuts-action-date-step = Bir tarihte: sonraki veya önceki gün
shortcuts-action-list-move = Bir satırdan diğerine geç
shortcuts-action-list-page = Bir sayfa aşağı veya yukarı git
shortcuts-action-list-open = Seçilen satırı aç
shortcuts-action-search-clear = Bir aramada: yazılanı sil
