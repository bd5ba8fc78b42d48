# Accessibility: the keyboard shortcuts panel (F1 or ?), translated from locales/fr/accessibility.ftl.

shortcuts-open = میان‌برهای صفحه‌کلید
shortcuts-title = میان‌برهای صفحه‌کلید
shortcuts-intro = این کلیدها کار را بدون موس انجام می‌دهند.
shortcuts-close = بستن
shortcuts-keys-either = { $first } یا { $second }
shortcuts-place-everywhere = همه‌جا
shortcuts-place-forms = در فرم‌ها
shortcuts-place-lists = در فهرست‌ها و جست‌وجوها

## Keys

shortcut-help = F1
shortcut-help-question = ?
shortcut-search = Ctrl+K
shortcut-search-slash = /
shortcut-undo = Ctrl+Z
shortcut-tab = Tab
shortcut-arrows = کلیدهای جهت
shortcut-space = Space
shortcut-up-down = ↑ ↓
shortcut-page = Page Up / Page Down
shortcut-enter = Enter

## Actions

shortcuts-action-help = نمایش همین فهرست میان‌برها
shortcuts-action-search = جست‌وجوی یک فرد
shortcuts-action-new-person = فرد جدید
shortcuts-action-new-accompaniment = ثبت یک همراهی
shortcuts-action-follow-up = باز کردن فهرست «برای پیگیری»
shortcuts-action-lock = قفل کردن صفحه
shortcuts-action-undo = لغو آخرین کار، وقتی پیام پایین صفحه «لغو» را پیشنهاد می‌کند
shortcuts-action-back = بازگشت به صفحهٔ قبلی
shortcuts-action-save = ذخیرهٔ فرم
shortcuts-action-next-field = رفتن به بخش بعدی (Shift+Tab: بخش قبلی)
shortcuts-action-choices = رفتن از یک گزینه به گزینهٔ دیگر در یک گروه
shortcuts-action-tick = تیک زدن یا برداشتن تیک گزینه
shortcuts-action-date-step = در تاریخ: روز بعد یا روز قبل
shortcuts-action-list-move = رفتن از یک سطر به سطر دیگر
shortcuts-action-list-page = یک صفحه پایین یا بالا رفتن
shortcuts-action-list-open = باز کردن سطر انتخاب‌شده
shortcuts-action-search-clear = در جست‌وجو: پاک کردن آنچه نوشته شده
