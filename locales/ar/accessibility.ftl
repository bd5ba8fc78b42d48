# Accessibility: the keyboard shortcuts panel (F1 or ?), translated from locales/fr/accessibility.ftl.

shortcuts-open = اختصارات لوحة المفاتيح
shortcuts-title = اختصارات لوحة المفاتيح
shortcuts-intro = هذه المفاتيح تقوم بالعمل بدون الفأرة.
shortcuts-close = إغلاق
shortcuts-keys-either = { $first } أو { $second }
shortcuts-place-everywhere = في كل مكان
shortcuts-place-forms = في الاستمارات
shortcuts-place-lists = في القوائم وفي البحث

## Keys

shortcut-help = F1
shortcut-help-question = ?
shortcut-search = Ctrl+K
shortcut-search-slash = /
shortcut-undo = Ctrl+Z
shortcut-tab = Tab
shortcut-arrows = الأسهم
shortcut-space = المسافة
shortcut-up-down = ↑ ↓
shortcut-page = Page Up / Page Down
shortcut-enter = Enter

## Actions

shortcuts-action-help = عرض قائمة الاختصارات هذه
shortcuts-action-search = البحث عن شخص
shortcuts-action-new-person = شخص جديد
shortcuts-action-new-accompaniment = تسجيل جلسة مرافقة
shortcuts-action-follow-up = فتح قائمة «للمتابعة»
shortcuts-action-lock = قفل الشاشة
shortcuts-action-undo = التراجع عن آخر إجراء، عندما تقترح الرسالة في الأسفل «تراجع»
shortcuts-action-back = العودة إلى الشاشة السابقة
shortcuts-action-save = حفظ الاستمارة
shortcuts-action-next-field = الانتقال إلى القسم التالي (Shift+Tab: القسم السابق)
shortcuts-action-choices = الانتقال من خيار إلى آخر في مجموعة خيارات
shortcuts-action-tick = تحديد الخيار أو إلغاء تحديده
shortcuts-action-date-step = في التاريخ: اليوم التالي أو اليوم السابق
shortcuts-action-list-move = الانتقال من سطر إلى آخر
shortcuts-action-list-page = النزول أو الصعود صفحة واحدة
shortcuts-action-list-open = فتح السطر المختار
shortcuts-action-search-clear = في البحث: مسح ما تمت كتابته
