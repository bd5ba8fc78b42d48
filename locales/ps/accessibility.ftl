# Accessibility: the keyboard shortcuts panel (F1 or ?), translated from locales/fr/accessibility.ftl.

shortcuts-open = د کیبورډ لنډلارې
shortcuts-title = د کیبورډ لنډلارې
shortcuts-intro = دا کیلي پرته له موږک کار کوي.
shortcuts-close = تړل
shortcuts-keys-either = { $first } یا { $second }
shortcuts-place-everywhere = هر ځای
shortcuts-place-forms = په فورمو کې
shortcuts-place-lists = په لېستونو او لټونونو کې

## Keys

shortcut-help = F1
shortcut-help-question = ?
shortcut-search = Ctrl+K
shortcut-search-slash = /
shortcut-undo = Ctrl+Z
shortcut-tab = Tab
shortcut-arrows = غشي
shortcut-space = Space
shortcut-up-down = ↑ ↓
shortcut-page = Page Up / Page Down
shortcut-enter = Enter

## Actions

shortcuts-action-help = د لنډلارو همدا لېست ښودل
shortcuts-action-search = د یو کس لټول
shortcuts-action-new-person = نوی کس
shortcuts-action-new-accompaniment = د یوې مرستې ثبتول
shortcuts-action-follow-up = د «تعقیب لپاره» لېست پرانیستل
shortcuts-action-lock = پرده قفلول
shortcuts-action-undo = وروستی کار بېرته اخیستل، کله چې لاندې پیغام «لغوه» وړاندې کوي
shortcuts-action-back = مخکینۍ پردې ته ستنېدل
shortcuts-action-save = فورمه ثبتول
shortcuts-action-next-field = بلې برخې ته تلل (Shift+Tab: مخکینۍ برخه)
shortcuts-action-choices = په یوه ډله کې له یوه انتخاب څخه بل ته تلل
shortcuts-action-tick = انتخاب نښه کول یا نښه لرې کول
shortcuts-action-date-step = په نېټه کې: بله ورځ یا تېره ورځ
shortcuts-action-list-move = له یوې کرښې بلې ته تلل
shortcuts-action-list-page = یو مخ ښکته یا پورته تلل
shortcuts-action-list-open = ټاکل شوې کرښه پرانیستل
shortcuts-action-search-clear = په لټون کې: ولیکل شوي پاکول
