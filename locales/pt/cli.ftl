# Linha de comandos «escale»: ajuda (cli-about-<comando>, cli-arg-<comando>-<opção>) e mensagens.

cli-about-escale = O Escale na linha de comandos: os mesmos dados cifrados que a aplicação, para a administração e os scripts.
cli-arg-escale-data_dir = Pasta dos dados (por omissão, a da aplicação; variável ESCALE_DATA_DIR).
cli-arg-escale-lang = Língua das mensagens (fr por omissão; variável ESCALE_LANG).
cli-arg-escale-json = Resultado em JSON, para os scripts.

cli-about-escale-init = Cria a base de dados cifrada e mostra a sua chave de recuperação. A chave vai para o porta-chaves do sistema; sem porta-chaves, é protegida por uma frase secreta (escrita no teclado, ou variável ESCALE_PASSPHRASE).
cli-arg-escale-init-passphrase = Proteger a base de dados com uma frase secreta em vez do porta-chaves.
cli-arg-escale-init-json = Resultado em JSON.

cli-about-escale-recover = Volta a abrir a base de dados com a chave de recuperação (computador novo, porta-chaves apagado, definições da chave perdidas, frase secreta esquecida) e depois volta a proteger a chave. Chave escrita no teclado, ou variável ESCALE_RECOVERY_KEY.
cli-arg-escale-recover-passphrase = Proteger depois a chave com uma nova frase secreta (escrita no teclado, ou variável ESCALE_NEW_PASSPHRASE) em vez do porta-chaves.
cli-about-escale-recovery-sheet = Escreve a folha de recuperação (uma página para imprimir e guardar fechada à chave).
cli-arg-escale-recovery-sheet-out = Ficheiro a escrever (página HTML).
cli-about-escale-key = Proteção da chave da base de dados.
cli-about-escale-key-protect = Põe a chave no porta-chaves do sistema ou sob uma (nova) frase secreta. Os dados não voltam a ser cifrados.
cli-arg-escale-key-protect-keyring = Guardar a chave no porta-chaves do sistema.
cli-arg-escale-key-protect-passphrase = Proteger a chave com uma nova frase secreta (escrita no teclado, ou variável ESCALE_NEW_PASSPHRASE).
cli-prompt-recovery-key = Chave de recuperação (14 grupos de 4 caracteres):
cli-recovery-key-intro = Esta é a chave de recuperação. Só ela volta a abrir os dados se o computador, o porta-chaves ou a frase secreta se perderem:
cli-recovery-key-sheet = Imprima a folha de recuperação («escale recovery-sheet --out fiche.html») e guarde-a fechada à chave, longe do computador.
cli-recovered-keyring = Base de dados reaberta com a chave de recuperação. A sua chave está agora no porta-chaves do sistema.
cli-recovered-passphrase = Base de dados reaberta com a chave de recuperação. Está agora protegida pela sua nova frase secreta.
cli-recovery-sheet-written = Folha de recuperação escrita em { $path }. Imprima-a, guarde-a fechada à chave e depois elimine este ficheiro.
cli-key-moved-to-keyring = A chave está agora no porta-chaves do sistema. Os dados não mudaram.
cli-key-moved-to-passphrase = A chave está agora protegida pela nova frase secreta. Os dados não mudaram.
cli-file-not-written = Não é possível escrever o ficheiro { $path }. Nada foi escrito.
cli-use-recover = Para voltar a abrir os seus dados: escale recover.

cli-about-escale-backup = Cópias de segurança cifradas: criar, verificar, restaurar.
cli-about-escale-backup-create = Escreve uma cópia de segurança cifrada de toda a base de dados numa pasta (uma pen USB). O nome do ficheiro tem a data e nada de pessoal; abre-se com a chave de recuperação ou, se a base de dados estiver protegida por frase secreta, com a frase secreta desse dia.
cli-arg-escale-backup-create-to = Pasta onde escrever a cópia de segurança (por exemplo, a pen USB).
cli-arg-escale-backup-create-json = Resultado em JSON.
cli-about-escale-backup-verify = Verifica uma cópia de segurança: a sua estrutura e a sua soma de controlo e depois, com a chave de recuperação (ESCALE_RECOVERY_KEY) ou a frase secreta (ESCALE_PASSPHRASE), o seu conteúdo, que o Escale abre e conta.
cli-arg-escale-backup-verify-file = Ficheiro da cópia de segurança (.escale-backup).
cli-arg-escale-backup-verify-without_secret = Só as verificações que não precisam de nenhum segredo.
cli-arg-escale-backup-verify-json = Resultado em JSON.
cli-about-escale-backup-restore = Restaura uma cópia de segurança na pasta dos dados (computador novo), depois de a verificar por inteiro. Chave de recuperação (ESCALE_RECOVERY_KEY) ou frase secreta da cópia (ESCALE_PASSPHRASE); caso contrário, é escrita no teclado.
cli-arg-escale-backup-restore-file = Ficheiro da cópia de segurança (.escale-backup).
cli-arg-escale-backup-restore-replace = Substituir a base de dados existente: é posta de lado na pasta dos dados, nunca eliminada.
cli-arg-escale-backup-restore-passphrase = Proteger a chave restaurada com uma frase secreta (ESCALE_NEW_PASSPHRASE, ou a da cópia) em vez do porta-chaves.
cli-arg-escale-backup-restore-json = Resultado em JSON.
cli-prompt-backup-passphrase = Frase secreta da base de dados no momento da cópia:
cli-backup-progress = Cópia de segurança
cli-restore-progress = Restauro
cli-demo-progress = Dados de demonstração
cli-deriving-key = A abrir a base cifrada (derivação da chave)…
cli-backup-written = Cópia de segurança escrita e verificada: { $path } ({ $size }).
cli-backup-verified = Cópia de segurança intacta, feita em { $made }: { $people ->
    [0] { $people } pessoas
    [one] { $people } pessoa
    [many] { $people } pessoas
   *[other] { $people } pessoas
}, { $activities ->
    [0] { $activities } atividades
    [one] { $activities } atividade
    [many] { $activities } atividades
   *[other] { $activities } atividades
}, { $procedures ->
    [0] { $procedures } processos
    [one] { $procedures } processo
    [many] { $procedures } processos
   *[other] { $procedures } processos
}.
cli-backup-structure-verified = Cópia de segurança feita em { $made }: estrutura e soma de controlo intactas. O seu conteúdo não foi verificado (é necessária a chave de recuperação ou a frase secreta).
cli-backup-restored = Cópia de segurança de { $made } restaurada: { $people ->
    [0] { $people } pessoas
    [one] { $people } pessoa
    [many] { $people } pessoas
   *[other] { $people } pessoas
}, { $activities ->
    [0] { $activities } atividades
    [one] { $activities } atividade
    [many] { $activities } atividades
   *[other] { $activities } atividades
}, { $procedures ->
    [0] { $procedures } processos
    [one] { $procedures } processo
    [many] { $procedures } processos
   *[other] { $procedures } processos
}.
cli-backup-set-aside = Os dados anteriores estão intactos, postos de lado em { $path }.
cli-backup-secret-needed = É necessária a chave de recuperação (ESCALE_RECOVERY_KEY) ou a frase secreta da cópia (ESCALE_PASSPHRASE). Nada foi alterado.

cli-about-escale-demo = Acrescenta dados de demonstração realistas.
cli-arg-escale-demo-people = Número de pessoas a criar.
cli-arg-escale-demo-json = Resultado em JSON.

cli-about-escale-beneficiary = Pessoas acompanhadas: acrescentar, listar, procurar, mostrar.
cli-about-escale-beneficiary-add = Acrescenta uma pessoa.
cli-arg-escale-beneficiary-add-first_name = Nome próprio.
cli-arg-escale-beneficiary-add-last_name = Nome de família.
cli-arg-escale-beneficiary-add-latin_first_name = Nome próprio em letras latinas, como nos documentos franceses, quando o nome próprio está escrito noutro alfabeto.
cli-arg-escale-beneficiary-add-latin_last_name = Nome de família em letras latinas, como nos documentos franceses, quando o nome de família está escrito noutro alfabeto.
cli-arg-escale-beneficiary-add-anonymous = Pessoa anónima (sem nome, para as estatísticas).
cli-arg-escale-beneficiary-add-accompanied_before = Já teve acompanhamento antes (noutro lugar ou antes do Escale): nenhum dos seus acompanhamentos aqui é o primeiro.
cli-arg-escale-beneficiary-add-birth_year = Ano de nascimento (a faixa etária é calculada a partir dele).
cli-arg-escale-beneficiary-add-gender = Género: masculin, feminin ou non_communique.
cli-arg-escale-beneficiary-add-social_status = Situação: scolarise, sans_emploi, en_emploi, retraite ou non_communique.
cli-arg-escale-beneficiary-add-insee = Código INSEE do município.
cli-arg-escale-beneficiary-add-postal_code = Código postal (deduzido do código INSEE se faltar).
cli-arg-escale-beneficiary-add-commune = Nome do município (deduzido do código INSEE se faltar).
cli-arg-escale-beneficiary-add-phone = Telefone.
cli-arg-escale-beneficiary-add-email = Endereço de e-mail.
cli-arg-escale-beneficiary-add-languages = Língua falada (código de 2 ou 3 letras; opção que se pode repetir).
cli-arg-escale-beneficiary-add-document_language = Língua dos documentos entregues (fr, en, ar, fa, ps, ti, uk, ru, ro, tr, es, pt).
cli-arg-escale-beneficiary-add-notes = Notas.
cli-arg-escale-beneficiary-add-json = Resultado em JSON.
cli-about-escale-beneficiary-list = Lista as pessoas por ordem alfabética.
cli-arg-escale-beneficiary-list-limit = Número máximo de linhas.
cli-arg-escale-beneficiary-list-json = Resultado em JSON.
cli-about-escale-beneficiary-search = Procura por qualquer parte do nome, sem ter em conta os acentos nem as maiúsculas.
cli-arg-escale-beneficiary-search-query = Início do nome próprio, do nome de família ou dos dois.
cli-arg-escale-beneficiary-search-limit = Número máximo de linhas.
cli-arg-escale-beneficiary-search-json = Resultado em JSON.
cli-about-escale-beneficiary-show = Mostra a ficha de uma pessoa, os seus acompanhamentos e os seus processos.
cli-arg-escale-beneficiary-show-id = Identificador da pessoa.
cli-arg-escale-beneficiary-show-json = Resultado em JSON.

cli-about-escale-activity = Acompanhamentos e sessões de grupo: registar, listar.
cli-about-escale-activity-add = Regista um acompanhamento individual ou uma sessão de grupo.
cli-arg-escale-activity-add-beneficiaries = Identificador de uma pessoa acompanhada (pode repetir-se para uma sessão de grupo).
cli-arg-escale-activity-add-kind = Tipo: individuel ou collectif.
cli-arg-escale-activity-add-date = Data (AAAA-MM-DD; hoje por omissão).
cli-arg-escale-activity-add-duration = Duração em minutos.
cli-arg-escale-activity-add-place_type = Canal: lieu_activite, domicile, a_distance ou autre.
cli-arg-escale-activity-add-place = Identificador do local de atividade (para lieu_activite).
cli-arg-escale-activity-add-insee = Código INSEE do município (para domicile e autre).
cli-arg-escale-activity-add-postal_code = Código postal.
cli-arg-escale-activity-add-commune = Nome do município.
cli-arg-escale-activity-add-themes = Tema (código nacional; pode repetir-se).
cli-arg-escale-activity-add-equipment = Equipamento utilizado (pode repetir-se).
cli-arg-escale-activity-add-autonomy = Autonomia: entierement_accompagne, partiellement_autonome ou autonome.
cli-arg-escale-activity-add-orientation = Organização para onde a pessoa é encaminhada.
cli-arg-escale-activity-add-procedure_name = Nome do processo administrativo.
cli-arg-escale-activity-add-workshop_title = Título da sessão de grupo.
cli-arg-escale-activity-add-workshop_level = Nível da sessão de grupo: debutant, intermediaire ou avance.
cli-arg-escale-activity-add-anonymous_total = Número de participantes anónimos (sessão de grupo).
cli-arg-escale-activity-add-notes = Notas.
cli-arg-escale-activity-add-next_steps = Próximos passos.
cli-arg-escale-activity-add-json = Resultado em JSON.
cli-about-escale-activity-defaults = O que um novo registo propõe primeiro: o local do dia, os temas e as durações mais usados nos últimos tempos.
cli-arg-escale-activity-defaults-kind = Tipo: individuel ou collectif.
cli-arg-escale-activity-defaults-json = Resultado em JSON.
cli-defaults-place = Local proposto: { $place }
cli-defaults-place-of-day = { $place } (em { $date })
cli-defaults-themes = Temas, os mais usados primeiro: { $themes }
cli-defaults-durations = Durações, as mais usadas primeiro: { $durations }
cli-about-escale-activity-list = Lista as atividades, as mais recentes primeiro.
cli-arg-escale-activity-list-from = A partir desta data (AAAA-MM-DD).
cli-arg-escale-activity-list-to = Até esta data (AAAA-MM-DD).
cli-arg-escale-activity-list-beneficiary = Só as desta pessoa.
cli-arg-escale-activity-list-limit = Número máximo de linhas.
cli-arg-escale-activity-list-json = Resultado em JSON.

cli-about-escale-procedure = Processos administrativos acompanhados: começar, mudar o estado, marcar os documentos, reabrir, listar.
cli-about-escale-procedure-start = Começa o seguimento de um processo do catálogo, com a sua lista de documentos.
cli-arg-escale-procedure-start-beneficiary = Identificador da pessoa.
cli-arg-escale-procedure-start-kind = Processo do catálogo (por exemplo caf_rsa, anef_renouvellement_titre_sejour; ver escale catalogue list).
cli-arg-escale-procedure-start-status = Estado inicial (acceptee para acompanhar a renovação de um direito já obtido).
cli-arg-escale-procedure-start-on = Dia do estado inicial (AAAA-MM-DD), hoje por omissão.
cli-arg-escale-procedure-start-reference = Número de processo.
cli-arg-escale-procedure-start-deadline = Prazo (AAAA-MM-DD).
cli-arg-escale-procedure-start-call_back = Dia em que voltar a ligar à pessoa (AAAA-MM-DD).
cli-arg-escale-procedure-start-notes = Notas.
cli-arg-escale-procedure-start-json = Resultado em JSON.
cli-about-escale-procedure-status = Muda o estado de um processo, se a tabela de transições o permitir (o anterior fica no histórico).
cli-arg-escale-procedure-status-id = Identificador do processo.
cli-arg-escale-procedure-status-status = Novo estado: a_faire, en_attente_de_pieces, deposee, en_instruction, acceptee, refusee ou abandonnee.
cli-arg-escale-procedure-status-note = Nota sobre esta mudança.
cli-arg-escale-procedure-status-on = Dia da mudança (AAAA-MM-DD), hoje por omissão.
cli-arg-escale-procedure-status-json = Resultado em JSON.
cli-about-escale-procedure-reopen = Reabre um processo fechado (aprovado, recusado ou abandonado), com uma nota que diga porquê.
cli-arg-escale-procedure-reopen-id = Identificador do processo.
cli-arg-escale-procedure-reopen-note = Porque é que o processo é reaberto (obrigatório).
cli-arg-escale-procedure-reopen-status = Estado depois da reabertura.
cli-arg-escale-procedure-reopen-on = Dia da reabertura (AAAA-MM-DD), hoje por omissão.
cli-arg-escale-procedure-reopen-json = Resultado em JSON.
cli-about-escale-procedure-check = Marca um documento do processo: trazido, em falta ou não é preciso.
cli-arg-escale-procedure-check-id = Identificador do processo.
cli-arg-escale-procedure-check-document = Documento do catálogo (por exemplo rib, avis_imposition).
cli-arg-escale-procedure-check-state = Estado do documento: brought, missing ou not_needed.
cli-arg-escale-procedure-check-json = Resultado em JSON.
cli-about-escale-procedure-recurrence-done = Regista que a declaração ou a renovação prevista foi feita; a seguinte é calculada.
cli-arg-escale-procedure-recurrence-done-id = Identificador do processo.
cli-arg-escale-procedure-recurrence-done-on = Dia em que foi feita (AAAA-MM-DD), hoje por omissão.
cli-arg-escale-procedure-recurrence-done-json = Resultado em JSON.
cli-about-escale-procedure-edit = Altera o número de processo, as datas ou as notas de um processo.
cli-arg-escale-procedure-edit-id = Identificador do processo.
cli-arg-escale-procedure-edit-reference = Número de processo.
cli-arg-escale-procedure-edit-deadline = Prazo (AAAA-MM-DD).
cli-arg-escale-procedure-edit-renewal = Data da próxima renovação ou da próxima declaração (AAAA-MM-DD).
cli-arg-escale-procedure-edit-call_back = Dia em que voltar a ligar à pessoa (AAAA-MM-DD).
cli-arg-escale-procedure-edit-clear = Data a apagar (pode repetir-se): deadline, renewal ou call-back.
cli-arg-escale-procedure-edit-notes = Notas.
cli-arg-escale-procedure-edit-json = Resultado em JSON.
cli-about-escale-procedure-link = Associa um acompanhamento da pessoa ao processo.
cli-arg-escale-procedure-link-id = Identificador do processo.
cli-arg-escale-procedure-link-activity = Identificador do acompanhamento.
cli-arg-escale-procedure-link-unlink = Desfaz a associação em vez de a fazer.
cli-arg-escale-procedure-link-json = Resultado em JSON.
cli-about-escale-procedure-show = Mostra um processo: estado, datas, documentos, histórico, acompanhamentos associados.
cli-arg-escale-procedure-show-id = Identificador do processo.
cli-arg-escale-procedure-show-json = Resultado em JSON.
cli-about-escale-procedure-list = Lista os processos, com o prazo mais próximo primeiro.
cli-arg-escale-procedure-list-beneficiary = Só os desta pessoa.
cli-arg-escale-procedure-list-json = Resultado em JSON.
cli-about-escale-catalogue = O catálogo de processos: listar, acrescentar os próprios da organização, ocultar os que não são usados.
cli-about-escale-catalogue-list = Lista os processos disponíveis.
cli-arg-escale-catalogue-list-all = Também os processos ocultos e retirados.
cli-arg-escale-catalogue-list-json = Resultado em JSON.
cli-about-escale-catalogue-add = Acrescenta um processo próprio da organização.
cli-arg-escale-catalogue-add-label = Nome do processo.
cli-arg-escale-catalogue-add-theme = Tema administrativo (por exemplo social_sante, logement).
cli-arg-escale-catalogue-add-organisation = Organismo que trata do processo, da lista do catálogo (por exemplo caf, mairie).
cli-arg-escale-catalogue-add-documents = Documento pedido, do catálogo (pode repetir-se).
cli-arg-escale-catalogue-add-delay = Prazo habitual de resposta, em dias.
cli-arg-escale-catalogue-add-json = Resultado em JSON.
cli-about-escale-catalogue-hide = Oculta um processo do catálogo (os processos já começados ficam).
cli-arg-escale-catalogue-hide-id = Identificador do processo do catálogo.
cli-arg-escale-catalogue-hide-json = Resultado em JSON.
cli-about-escale-catalogue-show = Volta a propor um processo oculto.
cli-arg-escale-catalogue-show-id = Identificador do processo do catálogo.
cli-arg-escale-catalogue-show-json = Resultado em JSON.
cli-about-escale-follow-up = Pendentes: em atraso, hoje e nos próximos 7 dias (prazos, renovações, declarações, processos parados, chamadas a fazer).
cli-arg-escale-follow-up-on = O dia a considerar (AAAA-MM-DD), hoje por omissão.
cli-arg-escale-follow-up-count = Só o número de elementos.
cli-arg-escale-follow-up-json = Resultado em JSON.

cli-about-escale-consent = Consentimentos de uma pessoa: registar, retirar, listar.
cli-about-escale-consent-record = Regista o consentimento de uma pessoa.
cli-arg-escale-consent-record-beneficiary = Identificador da pessoa.
cli-arg-escale-consent-record-method = Como deu o consentimento: oral ou signed_form (formulário assinado).
cli-arg-escale-consent-record-purposes = Finalidade aceite (pode repetir-se): file_follow_up, administrative_procedures, contact_reminders ou partner_referral.
cli-arg-escale-consent-record-date = Data do consentimento (AAAA-MM-DD; hoje por omissão).
cli-arg-escale-consent-record-json = Resultado em JSON.
cli-about-escale-consent-withdraw = Regista a retirada de um consentimento (o consentimento fica como prova).
cli-arg-escale-consent-withdraw-id = Identificador do consentimento.
cli-arg-escale-consent-withdraw-date = Data da retirada (AAAA-MM-DD; hoje por omissão).
cli-arg-escale-consent-withdraw-json = Resultado em JSON.
cli-about-escale-consent-list = Lista os consentimentos de uma pessoa, o mais recente primeiro.
cli-arg-escale-consent-list-beneficiary = Identificador da pessoa.
cli-arg-escale-consent-list-json = Resultado em JSON.

cli-about-escale-person = Direitos de uma pessoa: cópia dos seus dados, apagamento.
cli-about-escale-person-export = Escreve tudo o que o Escale tem sobre uma pessoa: um documento legível na língua dela, ou JSON.
cli-arg-escale-person-export-id = Identificador da pessoa.
cli-arg-escale-person-export-out = Ficheiro a escrever (só a sua conta o poderá ler).
cli-arg-escale-person-export-json = Escrever o ficheiro em JSON em vez de texto legível.
cli-about-escale-person-erase = Apaga de vez a identidade, os contactos e as notas de uma pessoa; os seus acompanhamentos ficam, anónimos, para as estatísticas.
cli-arg-escale-person-erase-id = Identificador da pessoa.
cli-arg-escale-person-erase-yes = Apagar sem pedir confirmação (para os scripts).
cli-arg-escale-person-erase-preview = Mostrar só o que seria apagado, sem mudar nada.
cli-arg-escale-person-erase-json = Resultado em JSON.

cli-about-escale-retention = Prazo de conservação das fichas: ver, mudar, pré-visualizar, aplicar.
cli-about-escale-retention-show = Mostra o prazo de conservação.
cli-arg-escale-retention-show-json = Resultado em JSON.
cli-about-escale-retention-set = Muda o prazo de conservação (de 1 a 120 meses depois do último acompanhamento).
cli-arg-escale-retention-set-months = Número de meses.
cli-arg-escale-retention-set-json = Resultado em JSON.
cli-about-escale-retention-preview = Lista as fichas que seriam anonimizadas numa data, e desde quando o deviam ser.
cli-arg-escale-retention-preview-on = Data (AAAA-MM-DD; hoje por omissão).
cli-arg-escale-retention-preview-json = Resultado em JSON.
cli-about-escale-retention-apply = Anonimiza agora as fichas cujo prazo de conservação foi ultrapassado.
cli-arg-escale-retention-apply-json = Resultado em JSON.

cli-about-escale-audit = Registo de acessos: quem consultou ou alterou que ficha, e quando.
cli-about-escale-audit-list = Lista o registo, o mais recente primeiro.
cli-arg-escale-audit-list-person = Só o que diz respeito à ficha desta pessoa.
cli-arg-escale-audit-list-limit = Número máximo de linhas.
cli-arg-escale-audit-list-offset = Linhas a saltar (para ler a página seguinte).
cli-arg-escale-audit-list-json = Resultado em JSON.

cli-prompt-passphrase = Frase secreta:
cli-prompt-new-passphrase = Nova frase secreta (pelo menos 10 caracteres):
cli-prompt-repeat-passphrase = Repita a frase secreta:
cli-passphrases-differ = As duas frases secretas são diferentes. Nada foi criado.
cli-initialised-keyring = Base de dados cifrada criada em { $path }. A sua chave está no porta-chaves do sistema.
cli-initialised-passphrase = Base de dados cifrada criada em { $path }. Está protegida pela sua frase secreta: sem ela, os dados perdem-se.
cli-demo-done = Dados de demonstração acrescentados: { $people } pessoas, { $activities } atividades (das quais { $workshops } sessões de grupo), { $procedures } processos.
cli-nobody-found = Ninguém corresponde.
cli-procedure-dates = Processo n.º: { $reference } · prazo: { $deadline } · renovação: { $renewal } · voltar a ligar: { $callBack }
cli-procedure-linked-activity = Acompanhamento associado: { $id } ({ $date })
cli-catalogue-hidden = (oculto)
cli-catalogue-retired = (retirado)
cli-follow-up-overdue = Em atraso ({ $count })
cli-follow-up-today = Hoje ({ $count })
cli-follow-up-week = Nos próximos 7 dias ({ $count })
cli-follow-up-nothing = Nada pendente por agora.
cli-follow-up-count = Pendentes: { $overdue } em atraso, { $today } hoje, { $week } nos próximos 7 dias.
cli-anonymous-person = Pessoa anónima
cli-beneficiary-details = { $birthYear ->
    [none] Ano de nascimento desconhecido
   *[other] Ano de nascimento: { $birthYear } ({ $ageBand })
} · { $gender } · { $commune } · documentos em { $documentLanguage }
cli-output-failed = Não é possível escrever o resultado.
cli-consent-withdrawn-on = retirado em { $date }
cli-export-written = Dados da pessoa escritos em { $path }. Este ficheiro não está cifrado: entregue-o à pessoa e depois elimine-o.
cli-erase-preview-title = Apagamento da ficha { $name } ({ $id }):
cli-erase-preview-fields = serão apagados: { $fields };
cli-erase-preview-no-fields = nenhum campo de identidade ou de contacto está preenchido;
cli-erase-preview-texts = serão esvaziadas: { $accompaniments ->
    [0] nenhuma nota de acompanhamento
    [one] as notas de um acompanhamento
    [many] as notas de { $accompaniments } acompanhamentos
   *[other] as notas de { $accompaniments } acompanhamentos
}, { $procedures ->
    [0] nenhum número nem nota de processo
    [one] o número e as notas de um processo
    [many] os números e as notas de { $procedures } processos
   *[other] os números e as notas de { $procedures } processos
}, { $statusNotes ->
    [0] nenhuma nota de mudança de estado
    [one] uma nota de mudança de estado
    [many] { $statusNotes } notas de mudança de estado
   *[other] { $statusNotes } notas de mudança de estado
};
cli-erase-preview-kept = ficarão, sem nome, para as estatísticas: { $accompaniments ->
    [0] nenhum acompanhamento
    [one] um acompanhamento
    [many] { $accompaniments } acompanhamentos
   *[other] { $accompaniments } acompanhamentos
}, { $procedures ->
    [0] nenhum processo
    [one] um processo (tipo, estado, prazo)
    [many] { $procedures } processos (tipo, estado, prazo)
   *[other] { $procedures } processos (tipo, estado, prazo)
}, { $consents ->
    [0] nenhum consentimento
    [one] um consentimento
    [many] { $consents } consentimentos
   *[other] { $consents } consentimentos
}, assim como o ano de nascimento, o género, a situação e o município.
cli-erase-confirm = Este apagamento é definitivo. Escreva «{ $word }» para confirmar:
cli-erase-confirm-word = apagar
cli-erase-cancelled = Nada foi apagado.
cli-erase-needs-confirmation = O apagamento é definitivo e nada foi apagado: execute o comando num terminal para ver o que vai ser apagado e confirmar, ou acrescente --yes.
cli-erase-done = A identidade, os contactos e as notas da ficha { $id } foram apagados.
cli-erase-log-busy = Outro programa está a ler a base de dados: ficam cópias antigas no seu diário de escrita até o último programa a fechar.
cli-retention-months = { $months ->
    [one] Prazo de conservação: 1 mês depois do último acompanhamento.
    [many] Prazo de conservação: { $months } meses depois do último acompanhamento.
   *[other] Prazo de conservação: { $months } meses depois do último acompanhamento.
}
cli-retention-nobody-due = Nenhuma ficha a anonimizar nessa data.
cli-retention-applied = { $anonymised ->
    [0] Nenhuma ficha anonimizada
    [one] Uma ficha anonimizada
    [many] { $anonymised } fichas anonimizadas
   *[other] { $anonymised } fichas anonimizadas
} (conservação: { $months } meses); { $pruned ->
    [0] nenhuma linha antiga do registo eliminada
    [one] uma linha antiga do registo eliminada
    [many] { $pruned } linhas antigas do registo eliminadas
   *[other] { $pruned } linhas antigas do registo eliminadas
}.
cli-audit-empty = O registo está vazio.
cli-audit-more = Há mais linhas: --offset { $offset }.

## Vários mediadores no mesmo computador
cli-arg-escale-mediator = O mediador cujos dados são abertos, quando vários guardam dados neste computador (ver «escale mediator list»).
cli-about-escale-mediator = Os mediadores que guardam os seus dados neste computador, cada um na sua base de dados, com a sua própria frase secreta.
cli-about-escale-mediator-list = Lista os mediadores deste computador.
cli-arg-escale-mediator-list-json = Resultado em JSON.
cli-about-escale-mediator-add = Acrescenta um mediador: uma nova base de dados, protegida pela sua frase secreta (escrita no teclado, ou variável ESCALE_NEW_PASSPHRASE).
cli-arg-escale-mediator-add-name = O nome mostrado na lista de mediadores.
cli-arg-escale-mediator-add-json = Resultado em JSON.
cli-about-escale-mediator-rename = Muda o nome de um mediador na lista.
cli-arg-escale-mediator-rename-id = O identificador do mediador (ver «escale mediator list»).
cli-arg-escale-mediator-rename-name = O novo nome.
cli-arg-escale-mediator-rename-json = Resultado em JSON.
cli-mediator-none = Ainda nenhum mediador tem dados neste computador.
cli-mediator-unnamed = (sem nome)
cli-mediator-line = { $id }  { $name }  { $protection ->
        [keyring] porta-chaves do sistema
        [passphrase] frase secreta
       *[other] proteção desconhecida: use a chave de recuperação
    }
cli-mediator-added = Mediador acrescentado. Abra os dados dele com «--mediator { $id }».
cli-mediator-choose = Vários mediadores guardam os seus dados neste computador. Escolha o seu com «--mediator ID» (a lista: «escale mediator list»).
