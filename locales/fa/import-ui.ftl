# صفحهٔ «وارد کردن افراد» در پنجره: فایل، ستون‌ها، پیش‌نمایش، وارد کردن.

import-ui-open = وارد کردن افراد
import-ui-title = وارد کردن افراد
import-ui-intro = از الگوی وارد کردن La Coop de la médiation numérique یا از هر صفحه‌گسترده‌ای (XLSX یا CSV). پیش از آخرین مرحله هیچ چیزی ذخیره نمی‌شود.

## 1. فایل

import-ui-step-file = ۱. فایل
import-ui-found-files = صفحه‌گسترده‌های یافت‌شده در اسناد شما و روی حافظه‌های USB
import-ui-found-files-choose = { $count ->
    [one] انتخاب از میان { $count } فایل یافت‌شده…
   *[other] انتخاب از میان { $count } فایل یافت‌شده…
}
import-ui-found-in-documents = { $name } (اسناد)
import-ui-found-on-key = { $name } (حافظهٔ USB)
import-ui-path = مسیر فایلی که باید وارد شود (XLSX یا CSV)
import-ui-path-help = مسیر کامل فایل را بنویسید، یا آن را از فهرست بالا انتخاب کنید.
import-ui-path-help-typed = مسیر کامل فایل را بنویسید (هیچ صفحه‌گسترده‌ای در اسناد شما یا روی حافظهٔ USB یافت نشد).
import-ui-read = خواندن فایل
import-ui-read-again = خواندن دوبارهٔ فایل
import-ui-reading = در حال خواندن فایل…
import-ui-file-read = فایل خوانده‌شده: { $name }
import-ui-sheet = برگهٔ کارپوشه برای خواندن
error-import-ui-path-required = فایلی را که باید وارد شود مشخص کنید.
error-import-file-not-read = فایل دیگر در حافظه نیست: آن را دوباره بخوانید.

## 2. ستون‌ها

import-ui-step-columns = ۲. ستون‌ها
import-ui-national-template = الگوی وارد کردن La Coop de la médiation numérique شناخته شد: ستون‌هایش معلوم است و چیزی برای انتخاب نیست.
import-ui-columns-intro = برای هر اطلاعات، ستونی از فایل که آن را در بر دارد. Escale آن را از عنوان ستون‌ها حدس زده است: بررسی کنید و در صورت نیاز تغییر دهید.
import-ui-header-line = سطر عنوان ستون‌ها
import-ui-header-line-help = افراد در سطرهای بعدی هستند. اگر Escale سطر را اشتباه انتخاب کرده، آن را تغییر دهید.
import-ui-column-none = وارد نشود
import-ui-column-option = ستون { $letter }: { $header }
import-ui-column-option-untitled = ستون { $letter } (بی‌عنوان)
import-ui-column-example = نمونه: { $example }
import-ui-name-column-needed = ستون نام خانوادگی یا نام را انتخاب کنید: بدون آن هیچ کس را نمی‌توان وارد کرد.

## 3. پیش‌نمایش

import-ui-step-preview = ۳. آنچه وارد خواهد شد
import-ui-previewing = در حال به‌روزرسانی پیش‌نمایش…
import-ui-accepted = { $count ->
    [one] { $count } نفر وارد خواهد شد
   *[other] { $count } نفر وارد خواهند شد
} (از { $lines ->
    [one] { $lines } سطر خوانده‌شده
   *[other] { $lines } سطر خوانده‌شده
}).
import-ui-duplicates = { $count ->
    [one] { $count } مورد تکراری احتمالی (همان نام و همان سال تولد).
   *[other] { $count } مورد تکراری احتمالی (همان نام و همان سال تولد).
}
import-ui-rejected = { $count ->
    [one] { $count } سطر رد شد.
   *[other] { $count } سطر رد شدند.
}
import-ui-duplicates-title = موارد تکراری احتمالی
import-ui-duplicate-of-existing = سطر { $line }: { $name } شبیه { $count ->
    [one] فردی است که پیش‌تر ثبت شده
   *[other] { $count } نفری است که پیش‌تر ثبت شده‌اند
}: { $existing }.
import-ui-duplicate-of-line = سطر { $line }: { $name }، همان نام و همان سال تولد سطر { $earlier } فایل.
import-ui-skip-duplicates = موارد تکراری احتمالی وارد نشوند
import-ui-rejected-title = سطرهای ردشده
import-ui-remarks-title = سطرهای واردشده با یک یادداشت
import-ui-table-line = سطر
import-ui-table-field = فیلد
import-ui-table-reason = دلیل
import-ui-more-issues = { $count ->
    [one] … و { $count } مورد دیگر: گزارش همه را می‌آورد.
   *[other] … و { $count } مورد دیگر: گزارش همه را می‌آورد.
}

## گزارش

import-ui-report-title = گزارش سطرهای ردشده
import-ui-report-help = یک فایل CSV با هر سطر ردشده و دلیل آن، هر یادداشت و هر مورد تکراری احتمالی. فقط شمارهٔ سطرها و دلیل‌ها را دارد، هیچ نامی در آن نیست.
import-ui-report-folder = پوشه‌ای که گزارش در آن ذخیره شود
import-ui-save-report = ذخیرهٔ گزارش
import-ui-report-saved = گزارش «{ $name }» ذخیره شد:
error-import-ui-folder-required = پوشه‌ای را که گزارش باید در آن ذخیره شود مشخص کنید.

## 4. وارد کردن

import-ui-step-import = ۴. وارد کردن
import-ui-all-or-nothing = همه یا هیچ: اگر وارد کردن لغو شود یا متوقف شود، هیچ کس ذخیره نمی‌شود.
import-ui-run = { $count ->
    [one] وارد کردن { $count } نفر
   *[other] وارد کردن { $count } نفر
}
import-ui-nothing-to-import = کسی برای وارد کردن نیست: فایل یا ستون‌های انتخاب‌شده را اصلاح کنید.
import-ui-importing = در حال وارد کردن افراد
import-ui-cancel = لغو وارد کردن
import-ui-cancelled = وارد کردن لغو شد: هیچ کس ذخیره نشد.
import-ui-done-title = وارد کردن پایان یافت
import-ui-done = { $count ->
    [one] { $count } نفر وارد شد.
   *[other] { $count } نفر وارد شدند.
}
import-ui-done-skipped = { $count ->
    [one] { $count } مورد تکراری احتمالی کنار گذاشته شد.
   *[other] { $count } مورد تکراری احتمالی کنار گذاشته شدند.
}
import-ui-done-rejected = { $count ->
    [one] { $count } سطر ردشده وارد نشد.
   *[other] { $count } سطر ردشده وارد نشدند.
}
import-ui-back-to-list = بازگشت به فهرست افراد
import-ui-import-another = وارد کردن فایلی دیگر
