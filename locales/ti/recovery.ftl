# The recovery sheet (the recovery key on paper) and the recovery screen.
# Tigrinya: "recovery key" = መፍትሕ ምድሓን, "recovery sheet" = ወረቐት ምድሓን.

recovery-sheet-title = ወረቐት ምድሓን ናይ Escale
recovery-sheet-intro = ኮምፒዩተር እንተተቐየረ፣ ቀለበት መፍትሕ ናይ ሲስተም እንተተደምሲሱ ወይ ምስጢራዊ ሓረግ እንተተረስዐ፣ እዚ መፍትሕ ንሓበሬታ Escale እንደገና ይኸፍቶ። ብዘይኡ፣ ሓደ ሰብ እኳ ነቲ ሓበሬታ ክመልሶ ኣይክእልን፦ ንስኹም ኮንኩም ክኢላ ኮምፒዩተር።
recovery-sheet-key-label = መፍትሕ ምድሓን
recovery-sheet-keep = ነዚ ወረቐት ብመፍትሕ ኣብ ዝዕጾ ቦታ፣ ካብ ኮምፒዩተር ርሒቑ ኣቐምጥዎ (ንኣብነት ኣብ ካዝና ናይ ትካል)። ስእሊ ኣይተልዕሉሉ፣ ብኢመይል ድማ ኣይትስደድዎ።
recovery-sheet-anyone = ነዚ ወረቐትን ነቲ ኮምፒዩተርን ዝሓዘ ዝኾነ ሰብ ነቲ ሓበሬታ ከንብቦ ይኽእል።
recovery-sheet-how = ንምጥቃሙ፦ Escale ክጅምር ከሎ፣ «ወረቐት ምድሓን ኣለኒ» ምረጹ እሞ 14 ጉጅለ ካብ 4 ምልክታት ጽሓፉ። ብመስመር ትእዛዝ፦ escale recover
recovery-sheet-store = መኽዘን { $storeId } · ዝተሰርሓሉ ዕለት { $date }

recovery-step-title = መፍትሕ ምድሓንኩም
recovery-step-intro = ዝተመስጠረ መኽዘን ሓበሬታኹም ድሉው እዩ። ቅድሚ ምጅማርኩም፣ ነዚ ወረቐት ሕተምዎ ወይ ነቲ መፍትሕ ብኢድኩም ቅድሕዎ። እዚ ኮምፒዩተር እንተተበላሸወ ወይ እቲ መፍትሕ እንተጠፊኡ፣ ነቲ ሓበሬታ ንምርካብ እዚ ጥራይ እዩ መንገዲ።
recovery-print = ወረቐት ሕተሙ
recovery-step-kept-safe = መፍትሕ ምድሓን ሓቲመዮ ወይ ቀዲሐዮ ኣለኹ፣ ኣብ ውሑስ ቦታ ድማ ከቐምጦ እየ።
recovery-step-done = Escale ምጥቃም ጀምሩ
recovery-title = ሓበሬታኹም ብመፍትሕ ምድሓን እንደገና ክፈቱ
recovery-intro = ሓበሬታኹም ገና ኣብዚ ኮምፒዩተር ኣሎ። ኣብ ወረቐት ምድሓን ዝተሓትመ መፍትሕ ምድሓን ጽሓፉ፦ 14 ጉጅለ ካብ 4 ምልክታት፣ ብቕደም ሰዓብ። ባዶ ቦታታትን ዓበይቲ ፊደላትን ኣየገድሱን።
recovery-key-input = መፍትሕ ምድሓን
recovery-key-help = ንኣብነት፦ 7K2M 9QXA HT4R … (14 ጉጅለ)
recovery-new-passphrase = ሓድሽ ምስጢራዊ ሓረግ
recovery-cancel = ተመለሱ
recovery-submit = ሓበሬታይ እንደገና ይኽፈት
