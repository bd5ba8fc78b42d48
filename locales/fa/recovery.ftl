# The recovery sheet (the recovery key on paper) and the recovery screen.

recovery-sheet-title = برگهٔ بازیابی Escale
recovery-sheet-intro = این کلید اطلاعات Escale را دوباره باز می‌کند، اگر کمپیوتر عوض شود، اگر دسته‌کلید سیستم پاک شود یا اگر جملهٔ رمز فراموش شود. بدون این کلید، هیچ‌کس نمی‌تواند اطلاعات را برگرداند: نه شما، نه یک متخصص کمپیوتر.
recovery-sheet-key-label = کلید بازیابی
recovery-sheet-keep = این برگه را در جای قفل‌دار و دور از کمپیوتر نگه دارید (مثلاً در صندوق قفل‌دار سازمان). از آن عکس نگیرید و آن را با ایمیل نفرستید.
recovery-sheet-anyone = هر کسی که این برگه و این کمپیوتر را داشته باشد، می‌تواند اطلاعات را بخواند.
recovery-sheet-how = طرز استفاده: هنگام باز شدن Escale، «برگهٔ بازیابی را دارم» را انتخاب کنید و ۱۴ گروه ۴ حرفی را تایپ کنید. در خط فرمان: escale recover.
recovery-sheet-store = پایگاه اطلاعات { $storeId } · برگه ساخته‌شده در تاریخ { $date }

recovery-step-title = کلید بازیابی شما
recovery-step-intro = پایگاه اطلاعات رمزگذاری‌شدهٔ شما آماده است. پیش از شروع، این برگه را چاپ کنید یا کلید را با دست روی کاغذ بنویسید. این تنها راه برگرداندن اطلاعات است، اگر این کمپیوتر خراب شود یا کلید گم شود.
recovery-print = چاپ برگه
recovery-step-kept-safe = کلید بازیابی را چاپ کردم یا نوشتم، و آن را در جای امن نگه می‌دارم.
recovery-step-done = شروع کار با Escale
recovery-title = باز کردن دوبارهٔ اطلاعات با کلید بازیابی
recovery-intro = اطلاعات شما هنوز روی این کمپیوتر است. کلید بازیابی را که روی برگهٔ بازیابی چاپ شده تایپ کنید: ۱۴ گروه ۴ حرفی، به ترتیب. فاصله‌ها و حروف بزرگ و کوچک مهم نیستند.
recovery-key-input = کلید بازیابی
recovery-key-help = مثلاً: 7K2M 9QXA HT4R … (۱۴ گروه)
recovery-new-passphrase = جملهٔ رمز جدید
recovery-cancel = بازگشت
recovery-submit = باز کردن اطلاعات من
