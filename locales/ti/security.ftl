# Locking, PIN code and security settings.

lock-now = ቆልፉ
shortcut-lock = Ctrl+L
lock-title = Escale ተቖሊፉ ኣሎ
lock-pin = PIN ኮድ
lock-no-pin = PIN ኮድ ኣይተመርጸን፦ እዚ መቖለፊ ነቲ ስክሪን ጥራይ እዩ ዝሓብኦ። ኣብ «ድሕንነት» PIN ኮድ ምረጹ።
lock-wrong-pin = { $attemptsLeft ->
    [one] እዚ ቅኑዕ PIN ኮድ ኣይኮነን። { $attemptsLeft } ፈተነ ጥራይ ተሪፉ።
   *[other] እዚ ቅኑዕ PIN ኮድ ኣይኮነን። { $attemptsLeft } ፈተነታት ተሪፎም።
}
lock-locked-out-passphrase = ብዙሕ ፈተነታት። ሕጂ ምስጢራዊ ሓረግ ኣእትዉ።
lock-locked-out-recovery = ብዙሕ ፈተነታት። ሕጂ መፍትሕ ምድሓን ኣእትዉ።
security-title = ድሕንነት
security-lock-title = ምቕላፍ
security-pin-is-set = PIN ኮድ ተመሪጹ ኣሎ። ምስ ተመለስኩም Escale ይኸፍቶ።
security-pin-not-set = PIN ኮድ ኣይተመርጸን። ሓደ ምረጹ፦ Escale ምስ ተቖለፈ ክሕተት እዩ።
security-new-pin = ሓድሽ PIN ኮድ (ካብ 4 ክሳብ 12 ኣሃዛት)
security-new-pin-repeat = ሓድሽ PIN ኮድ፣ ካልኣይ ግዜ
security-save-pin = PIN ኮድ ዓቅቡ
security-pin-saved = PIN ኮድ ተዓቂቡ።
security-idle = ድሕሪ ክንደይ ግዜ ይቖለፍ
security-idle-minutes = { $minutes ->
    [one] { $minutes } ደቒቕ ብዘይ ንጥፈት
   *[other] { $minutes } ደቓይቕ ብዘይ ንጥፈት
}
security-idle-saved = { $minutes ->
    [one] Escale ድሕሪ { $minutes } ደቒቕ ብዘይ ንጥፈት ክቖለፍ እዩ።
   *[other] Escale ድሕሪ { $minutes } ደቓይቕ ብዘይ ንጥፈት ክቖለፍ እዩ።
}
security-sheet-explanation = ኮምፒዩተር፣ ቀለበት መፍትሕ ወይ ምስጢራዊ ሓረግ እንተጠፊኡ፣ ወረቐት ምድሓን ነቲ ሓበሬታ እንደገና ይኸፍቶ። እንተጠፊኡኩም፣ እንደገና ሕተምዎ።
security-show-sheet = ወረቐት ምድሓን ኣርእዩ
security-hide-sheet = ወረቐት ሕብኡ
security-key-title = ምሕላው መፍትሕ
security-key-is-keyring = እቲ መፍትሕ ኣብ ቀለበት መፍትሕ ናይ ኣካውንትኩም ኣሎ። ኣብ ብዙሓት ሰባት ዝጥቀምሉ ኮምፒዩተር፣ ኣብ ክንድኡ ብምስጢራዊ ሓረግ ሓልውዎ።
security-key-is-passphrase = እቲ መፍትሕ ብምስጢራዊ ሓረግ ዝተሓለወ እዩ።
security-current-passphrase = ናይ ሕጂ ምስጢራዊ ሓረግ
security-change-passphrase = ምስጢራዊ ሓረግ ቀይሩ
security-move-to-passphrase = ብዚ ምስጢራዊ ሓረግ ሓልዉ
security-move-to-keyring = ኣብ ክንድኡ ቀለበት መፍትሕ ተጠቐሙ
security-passphrase-saved = ሕጂ እቲ ሓድሽ ምስጢራዊ ሓረግ ነቲ መፍትሕ ይሕልዎ ኣሎ።
security-moved-to-keyring = እቲ መፍትሕ ሕጂ ኣብ ቀለበት መፍትሕ ናይ ኣካውንት ኣሎ።
security-no-reencryption = እቲ ሓበሬታ እንደገና ኣይተመስጠረን፣ ወረቐት ምድሓን ድማ ገና ይሰርሕ እዩ።
error-ui-pins-differ = እቶም ክልተ PIN ኮዳት ይፈላለዩ እዮም።
setup-pin = Escale ንምኽፋት PIN ኮድ (ካብ 4 ክሳብ 12 ኣሃዛት)
setup-pin-help = ካብ ኮምፒዩተር ምስ ረሓቕኩም Escale ይቖለፍ፤ እዚ ኮድ እንደገና ይኸፍቶ።

backup-title = ተጠባባቒ ቅዳሕ
backup-never = ኣብዚ ኮምፒዩተር ገና ተጠባባቒ ቅዳሕ ኣይተሰርሐን።
backup-too-old = { $days ->
    [one] ናይ መወዳእታ ተጠባባቒ ቅዳሕ ትማሊ እዩ ተሰሪሑ።
   *[other] ናይ መወዳእታ ተጠባባቒ ቅዳሕ ቅድሚ { $days } መዓልታት እዩ ተሰሪሑ።
}
backup-explanation = USB ፍላሽ ኣእትዉ እሞ እንተወሓደ ኣብ ሰሙን ሓደ ግዜ ተጠባባቒ ቅዳሕ ግበሩ። ተጠባባቒ ቅዳሕ ከም ሓበሬታኹም ዝተመስጠረ እዩ፦ ብመፍትሕ ምድሓን እንደገና ይኽፈት።
backup-folder = ተጠባባቒ ቅዳሕ ኣበይ ይቕመጥ
backup-now = ሕጂ ተጠባባቒ ቅዳሕ ግበሩ
backup-working = ተጠባባቒ ቅዳሕ ይስራሕ ኣሎ… ድሕሪኡ እቲ ፋይል ክረጋገጽ እዩ።
backup-done = ተጠባባቒ ቅዳሕ ተሰሪሑን ተረጋጊጹን ({ $megabytes } MB)፦
work-cancel = ሰርዙ
work-cancelling = ይስረዝ ኣሎ…

## Restoring a backup at first start
setup-restore-offer = ቅድሚ ሕጂ ኣብ ካልእ ኮምፒዩተር Escale ነይሩኩም ድዩ፧
setup-restore = ካብ ተጠባባቒ ቅዳሕ መልሱ
restore-title = ካብ ተጠባባቒ ቅዳሕ ምምላስ
restore-intro = ተጠባባቒ ቅዳሕ ዝሓዘ USB ፍላሽ ኣእትዉ። Escale ቅድሚ ምጥቃሙ ንብምሉኡ ፋይል የረጋግጽ፤ ኩሉ ከይተረጋገጸ ዋላ ሓንቲ ኣብ ኮምፒዩተር ኣይቕመጥን።
restore-file = ፋይል ተጠባባቒ ቅዳሕ
restore-file-help = ኣድራሻ ናይቲ ፋይል ጽሓፉ (ብ .escale-backup ይውዳእ)።
restore-file-found = { $count ->
        [one] ኣብ USB ፍላሽ ወይ ኣብ ሰነዳትኩም { $count } ተጠባባቒ ቅዳሕ ተረኺቡ፤ ካልእ ኣድራሻ እውን ክትጽሕፉ ትኽእሉ ኢኹም።
       *[other] { $count } ተጠባባቒ ቅዳሓት ተረኺቦም፤ እቲ ዝሓደሰ ቀሪቡ ኣሎ። ካልእ ክትመርጹ ትኽእሉ ኢኹም።
    }
restore-inspect = ነዚ ፋይል ኣረጋግጹ
restore-inspecting = ፋይል ይረጋገጽ ኣሎ…
restore-summary = ጥዑይ ተጠባባቒ ቅዳሕ፣ ብ{ $made } ዝተሰርሐ፦
restore-use-recovery-key = ምስጢራዊ ሓረግ ረሲዐዮ፦ ወረቐት ምድሓን ክጥቀም እየ
restore-passphrase-of-the-time = ተጠባባቒ ቅዳሕ ኣብ ዝተሰርሓሉ እዋን ዝነበረ ምስጢራዊ ሓረግ
restore-passphrase-help = እቲ ተጠባባቒ ቅዳሕ ኣብ ዝተሰርሓሉ መዓልቲ Escale ንምኽፋት ትጽሕፍዎ ዝነበርኩም።
restore-new-passphrase-needed = ኣብዚ ኮምፒዩተር ሓበሬታ ንምሕላው ምስጢራዊ ሓረግ ምረጹ
restore-new-passphrase-optional = ሓድሽ ምስጢራዊ ሓረግ (ግዴታ ኣይኮነን፦ እንተዘይኮይኑ፣ ምስጢራዊ ሓረግ ናይቲ ተጠባባቒ ቅዳሕ ይቕጽል)
restore-new-passphrase-optional-keyring = ሓድሽ ምስጢራዊ ሓረግ (ግዴታ ኣይኮነን፦ እንተዘይኮይኑ፣ እቲ መፍትሕ ኣብ ቀለበት መፍትሕ ናይ ኣካውንት ይቕመጥ)
restore-other-file = ካልእ ፋይል ምረጹ
restore-submit = ሓበሬታይ ይመለስ
restore-working = ተጠባባቒ ቅዳሕ ይንበብን ይረጋገጽን ኣሎ…
error-ui-backup-file-required = ፋይል ተጠባባቒ ቅዳሕ ኣመልክቱ።
error-ui-restore-cancelled = ምምላስ ተሰሪዙ። ኣብዚ ኮምፒዩተር ዋላ ሓንቲ ኣይተቐመጠን።
