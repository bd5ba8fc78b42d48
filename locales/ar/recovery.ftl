# The recovery sheet (the recovery key on paper) and the recovery screen.

recovery-sheet-title = ورقة استعادة Escale
recovery-sheet-intro = هذا المفتاح يفتح بيانات Escale من جديد إذا تم تغيير الحاسوب، أو مُسحت خزنة مفاتيح النظام، أو نُسيت العبارة السرية. بدونه لا يستطيع أحد استرجاع البيانات: لا أنت، ولا أي تقني.
recovery-sheet-key-label = مفتاح الاستعادة
recovery-sheet-keep = يُرجى حفظ هذه الورقة في مكان مقفل، بعيدًا عن الحاسوب (مثلًا في خزنة المؤسسة). يجب عدم تصويرها وعدم إرسالها بالبريد الإلكتروني.
recovery-sheet-anyone = أي شخص لديه هذه الورقة والحاسوب يستطيع قراءة البيانات.
recovery-sheet-how = طريقة الاستعمال: عند تشغيل Escale، يُرجى اختيار «لديّ ورقة الاستعادة» ثم كتابة الـ14 مجموعة (4 رموز في كل مجموعة). في سطر الأوامر: escale recover.
recovery-sheet-store = قاعدة البيانات { $storeId } · أُعدّت الورقة في { $date }

recovery-step-title = مفتاح الاستعادة الخاص بك
recovery-step-intro = قاعدة بياناتك المشفّرة جاهزة. قبل البدء، يُرجى طباعة هذه الورقة أو نسخ المفتاح باليد. هذه هي الطريقة الوحيدة لاسترجاع البيانات إذا تعطّل هذا الحاسوب أو ضاع المفتاح.
recovery-print = طباعة الورقة
recovery-step-kept-safe = طبعتُ مفتاح الاستعادة أو نسختُه، وسأحفظه في مكان آمن.
recovery-step-done = بدء استعمال Escale
recovery-title = إعادة فتح بياناتك بمفتاح الاستعادة
recovery-intro = بياناتك ما زالت على هذا الحاسوب. يُرجى كتابة مفتاح الاستعادة المطبوع على ورقة الاستعادة: الـ14 مجموعة (4 رموز في كل مجموعة)، بالترتيب. المسافات والحروف الكبيرة لا تهمّ.
recovery-key-input = مفتاح الاستعادة
recovery-key-help = مثلًا: 7K2M 9QXA HT4R … (14 مجموعة)
recovery-new-passphrase = عبارة سرية جديدة
recovery-cancel = رجوع
recovery-submit = إعادة فتح بياناتي
