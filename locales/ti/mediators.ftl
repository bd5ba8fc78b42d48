# Several mediators on one computer: each keeps their own data, under their own passphrase.
# Tigrinya: "mediator" = ሓጋዚ (plural ሓገዝቲ), "passphrase" = ምስጢራዊ ሓረግ, "session keyring" = ቀለበት መፍትሕ ናይ ኣካውንት.

mediator-choice-title = ሕጂ Escale ዝጥቀም ዘሎ መን እዩ፧
mediator-choice-intro = ኣብዚ ኮምፒዩተር ብዙሓት ሓገዝቲ ሓበሬታኦም ይዕቅቡ። ነፍሲ ወከፍ ናቱ ጥራይ እዩ ዝርኢ። ስምኩም ምረጹ።
mediator-unnamed = ሓጋዚ ቁ. { $number }
mediator-add-open = ኣብዚ ኮምፒዩተር ሓጋዚ ወስኹ
mediator-add-title = ሓድሽ ሓጋዚ
mediator-add-intro = ናይ ገዛእ ርእስኹም ሓበሬታ ክህልወኩም እዩ፣ ብምስጢራዊ ሓረግኩም ዝተሓለወ። ካልኦት ሓገዝቲ ናይዚ ኮምፒዩተር ክንብብዎ ኣይክእሉን፣ ንስኹም እውን ናቶም ኣይተንብቡን።
mediator-add-keyring-first = { $count ->
        [one] ሓበሬታ { $count } ሓጋዚ ናይዚ ኮምፒዩተር ገና ብቀለበት መፍትሕ ናይ ኣካውንት እዩ ዝሕሎ፣ ነዚ ኣካውንት ዝጥቀም ዝኾነ ሰብ ድማ ክኸፍቶ ይኽእል። እቲ ሓጋዚ ቅድም ምስጢራዊ ሓረግ ክመርጽ ኣለዎ (ድሕንነት፣ «ብዚ ምስጢራዊ ሓረግ ሓልዉ»)።
       *[other] ሓበሬታ { $count } ሓገዝቲ ናይዚ ኮምፒዩተር ገና ብቀለበት መፍትሕ ናይ ኣካውንት እዩ ዝሕሎ፣ ነዚ ኣካውንት ዝጥቀም ዝኾነ ሰብ ድማ ክኸፍቶ ይኽእል። እዞም ሓገዝቲ ቅድም ምስጢራዊ ሓረግ ክመርጹ ኣለዎም (ድሕንነት፣ «ብዚ ምስጢራዊ ሓረግ ሓልዉ»)።
    }
mediator-name = ስምኩም፣ ኣብ ዝርዝር ሓገዝቲ ከም ዝርአ
mediator-add = ሓበሬታይ ይፈጠር
mediator-switch = { $name } · ሓጋዚ ቀይሩ
mediator-switch-title = ሓበሬታኹም ዕጸዉ እሞ ናብ ዝርዝር ሓገዝቲ ተመለሱ
mediator-settings-title = ሓገዝቲ ናይዚ ኮምፒዩተር
mediator-settings-alone = ኣብዚ ኮምፒዩተር ሓበሬታ Escale ዝዕቅብ ንስኹም ጥራይ ኢኹም። ብጻይ ስራሕ ናቱ ክውስኽ ይኽእል፦ ካብ ናትኩም ፍሉይ ኮይኑ፣ ነፍሲ ወከፍ ብናቱ ምስጢራዊ ሓረግ ክሕሎ እዩ።
mediator-settings-shared = { $count ->
        [one] { $count } ሓጋዚ ኣብዚ ኮምፒዩተር ሓበሬታኡ ይዕቅብ።
       *[other] { $count } ሓገዝቲ ኣብዚ ኮምፒዩተር ሓበሬታኦም ይዕቅቡ፣ ነፍሲ ወከፍ ብናቱ ምስጢራዊ ሓረግ።
    }
mediator-settings-keyring-first = ብጻይ ስራሕ ቅድሚ ምውሳኽኩም፣ ሓበሬታኹም ብምስጢራዊ ሓረግ ሓልዉ (ኣብ ላዕሊ)፦ ቀለበት መፍትሕ ናይ ኣካውንት ነዚ ኣካውንት ንዝጥቀም ዝኾነ ሰብ ይኽፈት እዩ።
mediator-own-name = ስምኩም ኣብ ዝርዝር ሓገዝቲ
mediator-save-name = ስም ዓቅቡ
mediator-name-saved = ስም ተዓቂቡ።
unlock-mediator = ሓበሬታ { $name }።
unlock-other-mediator = እዚ ኣነ ኣይኮንኩን፦ ካልእ ሓጋዚ ምረጹ
