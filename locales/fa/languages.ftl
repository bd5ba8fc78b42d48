# Settings: Escale's languages and how far each translation has been checked.

languages-title = زبان‌ها
languages-help = Escale به این زبان‌ها است. ترجمهٔ پیش‌نویس هنوز توسط کسی که زبان مادری‌اش این زبان است خوانده نشده: پیش از نشان دادن آن به افراد زیاد، آن را بازبینی کنید.
languages-column-language = زبان
languages-column-messages = متن‌های ترجمه‌شده
languages-column-review = بازبینی
languages-messages = { $translated } از { $total }
languages-right-to-left = از راست به چپ نوشته می‌شود
languages-review-reference = زبان مرجع
languages-review-drafted = پیش‌نویس { $date }، هنوز بازبینی نشده
languages-review-drafted-undated = پیش‌نویس، هنوز بازبینی نشده
languages-review-reviewed = بازبینی‌شده در { $date } توسط { $reviewer }
