## The monthly activity report (a PDF for the structure and its funders), its part of the
## statistics screen and the `escale report` command.

report-title = تقرير النشاط — { $month }
report-period-all-places = من { $from } إلى { $to }، كل أماكن النشاط
report-printed-on = تاريخ الإصدار: { $date }
report-number = { $value }
report-share = { $count } ({ $percent }%)
report-note-heading = كلمة المؤسسة
report-months-caption = جلسات المرافقة حسب الشهر، خلال الاثني عشر شهرًا المنتهية بشهر التقرير.
report-procedures = الإجراءات التي حظيت بأكثر مرافقة
report-procedures-note = عدد الأنشطة التي تناولت كل إجراء: الإجراءات المتابَعة، والإجراءات المذكورة في جلسة مرافقة.
report-nothing = لا يوجد شيء مسجَّل في هذا الشهر.
documents-file-report = activity-report-{ $month }.pdf
audit-entity-report-note = نص التقرير الشهري
error-month-invalid = هذا الشهر غير صالح: يُرجى كتابته بالشكل YYYY-MM، مثلًا 2026-10.

report-section = التقرير الشهري
report-explanation = ملف PDF للمؤسسة والجهات التي تموّلها: أرقام الشهر، والرسوم البيانية، والمواضيع والإجراءات، والأماكن والبلديات، ونصّك.
report-month = شهر التقرير
report-note-label = كلمة المؤسسة لهذا الشهر
report-note-help = بضعة أسطر تُطبع في التقرير: ما ميّز الشهر، مكان جديد، شريك. يُحفظ النص بمجرد خروجك من الحقل.
report-note-saved = تم حفظ النص.
report-note-count = عدد الأحرف: { $count } / { $max }
report-print = حفظ التقرير بصيغة PDF…
print-title-monthly-report = التقرير الشهري للنشاط

cli-about-escale-report = التقرير الشهري للنشاط للمؤسسة والجهات التي تموّلها، بصيغة PDF: الأرقام الأساسية، والرسوم البيانية، والمواضيع، والإجراءات، والأماكن والبلديات.
cli-arg-escale-report-month = شهر التقرير (YYYY-MM)، الشهر الماضي افتراضيًا.
cli-arg-escale-report-place = أنشطة هذا المكان فقط (معرّفه).
cli-arg-escale-report-text = كلمة المؤسسة لهذا الشهر، تُحفظ للطبعات القادمة ("" يمسحها).
cli-arg-escale-report-text_file = النص نفسه، مقروءًا من ملف نصي (UTF-8).
cli-arg-escale-report-out = ملف PDF المراد كتابته (يُستبدل إذا كان موجودًا)؛ وإلا فباسم التقرير، في المجلد الحالي.
cli-report-text-not-read = تتعذّر قراءة الملف { $path } كنص: يُرجى التحقق من أنه موجود وأنه محفوظ بترميز UTF-8.
