# Plusieurs médiateurs sur un même ordinateur : chacun ses données, sous sa propre phrase secrète.

mediator-choice-title = Qui utilise Escale ?
mediator-choice-intro = Plusieurs médiateurs gardent leurs données sur cet ordinateur. Chacun ne voit que les siennes. Choisissez votre nom.
mediator-unnamed = Médiateur n° { $number }
mediator-add-open = Ajouter un médiateur sur cet ordinateur
mediator-add-title = Un nouveau médiateur
mediator-add-intro = Vous aurez vos propres données, protégées par votre phrase secrète. Les autres médiateurs de cet ordinateur ne pourront pas les lire, et vous ne lirez pas les leurs.
mediator-add-keyring-first = { $count ->
        [one] Les données d’un médiateur de cet ordinateur sont encore protégées par le trousseau de la session, que toute personne utilisant cette session peut ouvrir. Il doit d’abord choisir une phrase secrète (Sécurité, « Protéger par cette phrase secrète »).
       *[other] Les données de { $count } médiateurs de cet ordinateur sont encore protégées par le trousseau de la session, que toute personne utilisant cette session peut ouvrir. Ils doivent d’abord choisir une phrase secrète (Sécurité, « Protéger par cette phrase secrète »).
    }
mediator-name = Votre nom, tel qu’il apparaîtra dans la liste des médiateurs
mediator-add = Créer mes données
mediator-switch = { $name } · changer de médiateur
mediator-switch-title = Fermer vos données et revenir à la liste des médiateurs
mediator-settings-title = Médiateurs de cet ordinateur
mediator-settings-alone = Vous êtes seul à garder des données Escale sur cet ordinateur. Un collègue peut y ajouter les siennes : elles seront séparées des vôtres, chacune sous sa propre phrase secrète.
mediator-settings-shared = { $count ->
        [one] Un médiateur garde ses données sur cet ordinateur.
       *[other] { $count } médiateurs gardent leurs données sur cet ordinateur, chacun sous sa propre phrase secrète.
    }
mediator-settings-keyring-first = Avant d’ajouter un collègue, protégez vos données par une phrase secrète (ci-dessus) : le trousseau de la session s’ouvre pour toute personne qui utilise cette session.
mediator-own-name = Votre nom dans la liste des médiateurs
mediator-save-name = Enregistrer le nom
mediator-name-saved = Nom enregistré.
unlock-mediator = Données de { $name }.
unlock-other-mediator = Ce n’est pas moi : choisir un autre médiateur
