## خروجی‌ها در قالب‌های پلتفرم ملی (La Coop de la médiation numérique).
## عنوان ستون‌های فایل‌ها همان عنوان‌های پلتفرم است، به فرانسوی، و اینجا نیست:
## این‌ها قالب فایل هستند، نه متن رابط کاربری.

export-title = خروجی‌ها
export-intro = Escale همراهی‌ها یا بهره‌مندان شما را در قالب La Coop de la médiation numérique می‌نویسد تا آن‌ها را بدون نوشتن دوباره گزارش کنید. فایل به زبان فرانسوی است، همان‌طور که پلتفرم انتظار دارد.
export-what = چه چیزی را می‌خواهید خروجی بگیرید؟
export-what-activities = همراهی‌ها (یک سطر برای هر فرد همراهی‌شده)
export-what-people = بهره‌مندان (افرادی که نام دارند)
export-what-statistics = آمار دوره (ارقام اصلی، موضوع‌ها، محل‌ها، افراد)
export-period = دوره
export-period-this-month = این ماه
export-period-last-month = ماه گذشته
export-period-this-year = امسال
export-period-custom = تاریخ‌های دیگر
export-from = از
export-to = تا
export-period-reversed = تاریخ شروع بعد از تاریخ پایان است.
export-place = مکان
export-place-all = همه مکان‌ها
export-format = قالب فایل
export-format-xlsx = جدول XLSX (برای La Coop de la médiation numérique)
export-format-csv = CSV (برای ابزارهای دیگر)
export-folder = پوشه‌ای که فایل در آن ذخیره می‌شود (فلش USB یا اسناد)
export-now = خروجی بگیر
export-working = در حال گرفتن خروجی
export-cancel = توقف خروجی
# $rows: تعداد سطرهای فایل؛ $name: نام فایل.
export-done = { $rows ->
    [0] فایل ذخیره شد، بدون هیچ سطری برای این دوره: { $name }
    [one] فایل با { $rows } سطر ذخیره شد: { $name }
   *[other] فایل با { $rows } سطر ذخیره شد: { $name }
}
export-done-folder = در پوشه: { $folder }

# خط فرمان.
cli-about-escale-export = در قالب‌های پلتفرم ملی (La Coop de la médiation numérique)، به صورت XLSX یا CSV خروجی می‌گیرد.
cli-about-escale-export-activities = از همراهی‌ها خروجی می‌گیرد: یک سطر برای هر فرد همراهی‌شده.
cli-about-escale-export-people = از بهره‌مندانی که نام دارند خروجی می‌گیرد.
cli-arg-escale-export-activities-from = از این تاریخ، با خود آن (YYYY-MM-DD).
cli-arg-escale-export-activities-to = تا این تاریخ، با خود آن (YYYY-MM-DD).
cli-arg-escale-export-activities-place = فقط همراهی‌های این مکان (شناسه آن).
cli-arg-escale-export-activities-format = قالب فایل: xlsx (پلتفرم ملی) یا csv (ابزارهای دیگر).
cli-arg-escale-export-activities-output = فایلی که نوشته می‌شود، یا پوشه‌ای که فایل در آن نامی را که پلتفرم می‌دهد می‌گیرد (به‌طور پیش‌فرض پوشه کنونی).
cli-arg-escale-export-activities-json = نتیجه به صورت JSON.
cli-arg-escale-export-people-from = فقط افرادی که از این تاریخ همراهی شده‌اند، با خود آن (YYYY-MM-DD).
cli-arg-escale-export-people-to = فقط افرادی که تا این تاریخ همراهی شده‌اند، با خود آن (YYYY-MM-DD).
cli-arg-escale-export-people-place = فقط افرادی که در این مکان همراهی شده‌اند (شناسه آن).
cli-arg-escale-export-people-format = قالب فایل: xlsx (پلتفرم ملی) یا csv (ابزارهای دیگر).
cli-arg-escale-export-people-output = فایلی که نوشته می‌شود، یا پوشه‌ای که فایل در آن نامی را که پلتفرم می‌دهد می‌گیرد (به‌طور پیش‌فرض پوشه کنونی).
cli-arg-escale-export-people-json = نتیجه به صورت JSON.
cli-about-escale-export-statistics = آمار یک دوره را خروجی می‌گیرد: ارقام کلی، ۱۲ ماه گذشته، و هر تفکیک به صورت تعداد و درصد.
cli-arg-escale-export-statistics-from = روز اول دوره (YYYY-MM-DD)، به‌طور پیش‌فرض روز ۱ ماه.
cli-arg-escale-export-statistics-to = روز آخر دوره (YYYY-MM-DD)، به‌طور پیش‌فرض امروز.
cli-arg-escale-export-statistics-place = فقط فعالیت‌های این محل (شناسهٔ آن).
cli-arg-escale-export-statistics-format = قالب فایل: xlsx (پلتفرم ملی) یا csv (ابزارهای دیگر).
cli-arg-escale-export-statistics-output = فایلی که نوشته می‌شود، یا پوشه‌ای که فایل در آن نامی را که پلتفرم می‌دهد می‌گیرد (به‌طور پیش‌فرض پوشه کنونی).
cli-arg-escale-export-statistics-json = نتیجه به صورت JSON.
cli-national-export-progress = خروجی
# $rows: تعداد سطرها؛ $path: فایل نوشته‌شده.
cli-national-export-written = { $rows ->
    [one] { $rows } سطر در { $path } خروجی گرفته شد
   *[other] { $rows } سطر در { $path } خروجی گرفته شد
}

# خطا.
error-export-not-written = Escale نتوانست این فایل خروجی را بنویسد (خطای داخلی). هیچ فایلی باقی نماند. دوباره امتحان کنید، یا این مشکل را گزارش دهید.
