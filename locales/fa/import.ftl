# وارد کردن اشخاص از یک فایل (الگوی واردکردن La Coop de la médiation numérique، صفحه‌گسترده، CSV).

## فایل‌هایی که خوانده نمی‌شوند

error-import-file-empty = فایل خالی است: هیچ خانه‌ای پر نشده است.
error-import-file-too-large = فایل خیلی بزرگ است (بیش از { $max } مگابایت). آن را به چند فایل تقسیم کنید.
error-import-not-a-spreadsheet = این فایل یک صفحه‌گستردهٔ خواندنی نیست (XLSX یا CSV). شاید خراب یا ناقص باشد: آن را دوباره از برنامهٔ صفحه‌گسترده با قالب XLSX یا CSV ذخیره کنید.
error-import-sheet-missing = کتاب کار برگه‌ای به نام «{ $sheet }» ندارد. برگه‌های آن: { $sheets }.
error-import-too-many-rows = فایل ردیف‌های زیادی دارد (حد مجاز { $max } است). آن را به چند فایل تقسیم کنید.
error-import-too-many-columns = فایل ستون‌های زیادی دارد (حد مجاز { $max } است).
error-import-cell-too-long = خانهٔ { $column }{ $line } خیلی بلند است (حد مجاز هر خانه { $max } نویسه است).
error-import-header-row-missing = ردیف { $line } فایل خالی است یا وجود ندارد: نمی‌تواند عنوان ستون‌ها را داشته باشد.
error-import-column-unknown = ستونی به نام «{ $column }» در فایل نیست: حرف آن (A، B، C…) یا عنوانش را بنویسید.
error-import-field-unknown = «{ $field }» یکی از فیلدهای یک شخص نیست. فیلدها: { $fields }.
error-import-name-column-missing = هیچ ستونی از فایل به‌عنوان نام خانوادگی یا نام شناخته نشد. آن را مشخص کنید (مثلاً --column last-name=A).

## نکته‌هایی دربارهٔ یک ردیف واردشده

error-import-commune-not-found = شهر در فهرست رسمی پیدا نشد: شخص بدون شهر وارد شد.
error-import-commune-ambiguous = چند شهر این نام را دارند: شخص بدون شهر وارد شد. برای انتخاب، کد پستی را اضافه کنید.
import-duplicate-of-line = همان نام و همان سال تولدِ ردیف { $line } فایل.
import-duplicate-of-existing = همان نام و همان سال تولدِ اشخاصی که از قبل ثبت شده‌اند (تعداد: { $count }).

## فیلدها

import-field-name = نام و نام خانوادگی
import-field-lastName = نام خانوادگی
import-field-firstName = نام
import-field-birthYear = سال تولد
import-field-gender = جنسیت
import-field-socialStatus = وضعیت
import-field-commune = شهر
import-field-communeInseeCode = کد INSEE
import-field-communePostalCode = کد پستی
import-field-phone = تلفن
import-field-email = نشانی ایمیل
import-field-notes = یادداشت‌ها

## گزارش ردیف‌های ردشده (فایل CSV)

import-report-line = ردیف
import-report-field = فیلد
import-report-reason = دلیل
import-report-outcome = نتیجه
import-report-refused = ردیف رد شد
import-report-kept = وارد شد
import-report-likely-duplicate = احتمالاً تکراری

## خط فرمان

cli-about-escale-import = داده‌ها را از ابزاری دیگر وارد می‌کند.
cli-about-escale-import-people = اشخاص را از یک فایل XLSX یا CSV وارد می‌کند (الگوی واردکردن La Coop de la médiation numérique همان‌طور که هست شناخته می‌شود). اول نشان می‌دهد چه چیزی وارد می‌شود، موارد احتمالاً تکراری و ردیف‌های ردشده؛ همه یا هیچ.
cli-arg-escale-import-people-file = فایلی که باید وارد شود (XLSX یا CSV).
cli-arg-escale-import-people-sheet = برگه‌ای از کتاب کار که خوانده می‌شود (به‌طور پیش‌فرض اولی).
cli-arg-escale-import-people-header_row = ردیفی که عنوان ستون‌ها را دارد (به‌طور پیش‌فرض خودکار پیدا می‌شود)؛ اشخاص در ردیف‌های بعدی هستند.
cli-arg-escale-import-people-column = جای خواندن یک فیلد: فیلد=ستون، ستون با حرف یا عنوانش (مثلاً phone=G، notes="ملاحظات")؛ فیلد=- برای نخواندن آن. فیلدها: last-name، first-name، birth-year، commune، insee-code، postal-code، phone، email، gender، social-status، notes.
cli-arg-escale-import-people-dry_run = نشان دادن آنچه وارد می‌شد، بدون ذخیرهٔ چیزی.
cli-arg-escale-import-people-skip_duplicates = موارد احتمالاً تکراری وارد نشوند.
cli-arg-escale-import-people-rejects = گزارش ردیف‌های ردشده و نکته‌ها در این فایل CSV ذخیره شود.
cli-arg-escale-import-people-json = نتیجه به صورت JSON.

cli-import-national-template = الگوی واردکردن La Coop de la médiation numérique شناخته شد: برگهٔ «{ $sheet }»، اشخاص از ردیف { $line } به بعد.
cli-import-column = { $field }: ستون { $column }
cli-import-summary = ردیف‌های خوانده‌شده: { $lines }؛ اشخاصی که وارد می‌شوند: { $accepted }؛ ردیف‌های ردشده: { $rejected }.
cli-import-duplicates = موارد احتمالاً تکراری (همان نام و همان سال تولد): { $count }.
cli-import-issue = ردیف { $line } ({ $field }): { $reason }
cli-import-more-issues = … و نکته‌های دیگر: { $count } (گزارش --rejects همه را دارد).
cli-import-report-written = گزارش در { $path } ذخیره شد.
cli-import-dry-run = آزمایشی: چیزی ذخیره نشد.
cli-import-progress = وارد کردن اشخاص
cli-import-done = اشخاص واردشده: { $imported }.
cli-import-skipped-duplicates = موارد احتمالاً تکراریِ کنارگذاشته‌شده: { $count }.
