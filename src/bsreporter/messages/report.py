"""Messages about report files (opening, locking, storing, backups, validation), in the six UN languages."""

from __future__ import annotations

REPORT_MESSAGES: dict[str, dict[str, str]] = {
    # --- bsreporter.report.lock: one writer per report ---
    "lock_folder_not_writable": {
        "en": "Cannot open '{name}' for editing: its folder is not writable ({reason}). Copy the report to a folder "
              "of yours, or open it read-only.",
        "zh": "无法打开“{name}”进行编辑：其所在文件夹不可写入（{reason}）。请将报告复制到您自己的文件夹，或以只读方式打开。",
        "fr": "Impossible d'ouvrir « {name} » pour modification : son dossier n'est pas accessible en écriture "
              "({reason}). Copiez le rapport dans l'un de vos dossiers ou ouvrez-le en lecture seule.",
        "es": "No se puede abrir «{name}» para editarlo: no se puede escribir en su carpeta ({reason}). Copie el "
              "informe en una carpeta propia o ábralo en modo de solo lectura.",
        "ru": "Не удаётся открыть «{name}» для изменения: запись в его папку невозможна ({reason}). Скопируйте отчёт "
              "в свою папку или откройте его только для чтения.",
        "ar": "يتعذر فتح «{name}» للتحرير: لا يمكن الكتابة في المجلد الذي يحتويه ({reason}). انسخ التقرير إلى مجلد "
              "خاص بك، أو افتحه للقراءة فقط.",
    },
    "lock_held": {
        "en": "'{name}' is already open for editing by {holder}. Close it there first, or open it read-only.",
        "zh": "“{name}”已由{holder}打开编辑。请先在那里关闭，或以只读方式打开。",
        "fr": "« {name} » est déjà ouvert pour modification par {holder}. Fermez-le d'abord à cet endroit ou "
              "ouvrez-le en lecture seule.",
        "es": "«{name}» ya está abierto para su edición por {holder}. Ciérrelo allí primero o ábralo en modo de solo "
              "lectura.",
        "ru": "«{name}» уже открыт для изменения: {holder}. Сначала закройте его там или откройте только для чтения.",
        "ar": "«{name}» مفتوح بالفعل للتحرير من قِبل {holder}. أغلقه هناك أولًا، أو افتحه للقراءة فقط.",
    },
    "lock_holder": {
        "en": "{user} on computer {host} (since {since})",
        "zh": "计算机 {host} 上的用户 {user}（自 {since} 起）",
        "fr": "{user} sur l'ordinateur {host} (depuis le {since})",
        "es": "{user} en el equipo {host} (desde el {since})",
        "ru": "пользователь {user} на компьютере {host} (с {since})",
        "ar": "{user} على الحاسوب {host} (منذ {since})",
    },
    "lock_holder_unknown": {
        "en": "another bsreporter window",
        "zh": "另一个 bsreporter 窗口",
        "fr": "une autre fenêtre de bsreporter",
        "es": "otra ventana de bsreporter",
        "ru": "другое окно bsreporter",
        "ar": "نافذة أخرى من bsreporter",
    },
    "lock_holder_partial": {
        "en": "{user} (since {since}; the computer was not recorded)",
        "zh": "用户 {user}（自 {since} 起；未记录计算机名称）",
        "fr": "{user} (depuis le {since} ; l'ordinateur n'a pas été enregistré)",
        "es": "{user} (desde el {since}; no se registró el equipo)",
        "ru": "пользователь {user} (с {since}; компьютер не записан)",
        "ar": "{user} (منذ {since}؛ لم يُسجَّل اسم الحاسوب)",
    },
    "read_only_medium": {
        "en": "'{name}' is on a read-only disk or in a folder that cannot be written, so it can only be opened "
              "read-only. To edit it, copy it to a folder of yours.",
        "zh": "“{name}”位于只读磁盘或不可写入的文件夹中，因此只能以只读方式打开。如需编辑，请将其复制到您自己的文件夹。",
        "fr": "« {name} » se trouve sur un disque en lecture seule ou dans un dossier non accessible en écriture ; "
              "il ne peut être ouvert qu'en lecture seule. Pour le modifier, copiez-le dans l'un de vos dossiers.",
        "es": "«{name}» está en un disco de solo lectura o en una carpeta en la que no se puede escribir, por lo que "
              "solo puede abrirse en modo de solo lectura. Para editarlo, cópielo en una carpeta propia.",
        "ru": "«{name}» находится на диске только для чтения или в папке, запись в которую невозможна, поэтому его "
              "можно открыть только для чтения. Чтобы изменить его, скопируйте его в свою папку.",
        "ar": "«{name}» موجود على قرص للقراءة فقط أو في مجلد لا تمكن الكتابة فيه، لذا لا يمكن فتحه إلا للقراءة فقط. "
              "لتحريره، انسخه إلى مجلد خاص بك.",
    },
    "read_only_medium_opened": {
        "en": "'{name}' is on a read-only disk or in a folder that cannot be written; it was opened read-only. "
              "The file is sound. To edit it, copy it to a folder of yours.",
        "zh": "“{name}”位于只读磁盘或不可写入的文件夹中；已以只读方式打开。该文件完好无损。如需编辑，请将其复制到您自己的文件夹。",
        "fr": "« {name} » se trouve sur un disque en lecture seule ou dans un dossier non accessible en écriture ; "
              "il a été ouvert en lecture seule. Le fichier est intact. Pour le modifier, copiez-le dans l'un de vos "
              "dossiers.",
        "es": "«{name}» está en un disco de solo lectura o en una carpeta en la que no se puede escribir; se ha "
              "abierto en modo de solo lectura. El archivo está en buen estado. Para editarlo, cópielo en una carpeta "
              "propia.",
        "ru": "«{name}» находится на диске только для чтения или в папке, запись в которую невозможна; он открыт "
              "только для чтения. Файл в порядке. Чтобы изменить его, скопируйте его в свою папку.",
        "ar": "«{name}» موجود على قرص للقراءة فقط أو في مجلد لا تمكن الكتابة فيه؛ وقد فُتح للقراءة فقط. الملف "
              "سليم. لتحريره، انسخه إلى مجلد خاص بك.",
    },
    "hard_linked": {
        "en": "'{name}' also exists under another name (a hard link), so it can only be opened read-only: a file "
              "with two names cannot be edited safely. To edit it, make a copy of it and edit the copy.",
        "zh": "“{name}”还以另一个名称存在（硬链接），因此只能以只读方式打开：具有两个名称的文件无法安全编辑。如需编辑，请复制一份并编辑该副本。",
        "fr": "« {name} » existe aussi sous un autre nom (un lien physique) ; il ne peut donc être ouvert qu'en "
              "lecture seule, car un fichier qui porte deux noms ne peut pas être modifié sans risque. Pour le "
              "modifier, faites-en une copie et modifiez la copie.",
        "es": "«{name}» también existe con otro nombre (un vínculo físico), por lo que solo puede abrirse en modo de "
              "solo lectura: un archivo con dos nombres no puede editarse de forma segura. Para editarlo, haga una "
              "copia y edite la copia.",
        "ru": "«{name}» существует также под другим именем (жёсткая ссылка), поэтому его можно открыть только для "
              "чтения: файл с двумя именами нельзя безопасно изменять. Чтобы изменить его, сделайте копию и "
              "изменяйте копию.",
        "ar": "«{name}» موجود أيضًا باسم آخر (رابط ثابت)، لذا لا يمكن فتحه إلا للقراءة فقط: لا يمكن تحرير ملف له "
              "اسمان بأمان. لتحريره، أنشئ نسخة منه وحرّر النسخة.",
    },
    "hard_linked_opened": {
        "en": "'{name}' also exists under another name (a hard link); it was opened read-only. The file is sound. "
              "To edit it, make a copy of it and edit the copy.",
        "zh": "“{name}”还以另一个名称存在（硬链接）；已以只读方式打开。该文件完好无损。如需编辑，请复制一份并编辑该副本。",
        "fr": "« {name} » existe aussi sous un autre nom (un lien physique) ; il a été ouvert en lecture seule. Le "
              "fichier est intact. Pour le modifier, faites-en une copie et modifiez la copie.",
        "es": "«{name}» también existe con otro nombre (un vínculo físico); se ha abierto en modo de solo lectura. "
              "El archivo está en buen estado. Para editarlo, haga una copia y edite la copia.",
        "ru": "«{name}» существует также под другим именем (жёсткая ссылка); он открыт только для чтения. Файл в "
              "порядке. Чтобы изменить его, сделайте копию и изменяйте копию.",
        "ar": "«{name}» موجود أيضًا باسم آخر (رابط ثابت)؛ وقد فُتح للقراءة فقط. الملف سليم. لتحريره، أنشئ نسخة "
              "منه وحرّر النسخة.",
    },
    "odd_companion": {
        "en": "'{name}' cannot be opened: beside it, '{odd}' is {kind}, not an ordinary file. bsreporter keeps its "
              "own working files under that name. Remove or rename '{odd}' and try again.",
        "zh": "无法打开“{name}”：其旁边的“{odd}”是{kind}，而不是普通文件。bsreporter 使用该名称保存自己的工作文件。请删除或重命名“{odd}”后重试。",
        "fr": "Impossible d'ouvrir « {name} » : à côté de lui, « {odd} » est {kind} et non un fichier ordinaire. "
              "bsreporter garde ses propres fichiers de travail sous ce nom. Supprimez ou renommez « {odd} » et "
              "réessayez.",
        "es": "No se puede abrir «{name}»: junto a él, «{odd}» es {kind}, no un archivo normal. bsreporter guarda "
              "sus propios archivos de trabajo con ese nombre. Elimine o cambie el nombre de «{odd}» e inténtelo de "
              "nuevo.",
        "ru": "Не удаётся открыть «{name}»: рядом с ним «{odd}» — это {kind}, а не обычный файл. bsreporter хранит "
              "под этим именем свои рабочие файлы. Удалите или переименуйте «{odd}» и повторите попытку.",
        "ar": "يتعذر فتح «{name}»: بجواره، «{odd}» هو {kind} وليس ملفًا عاديًا. يحفظ bsreporter ملفات العمل "
              "الخاصة به بهذا الاسم. احذف «{odd}» أو غيّر اسمه وحاول مرة أخرى.",
    },
    "file_kind_folder": {
        "en": "a folder", "zh": "文件夹", "fr": "un dossier", "es": "una carpeta", "ru": "папка", "ar": "مجلد",
    },
    "file_kind_link": {
        "en": "a link", "zh": "链接", "fr": "un lien", "es": "un vínculo", "ru": "ссылка", "ar": "رابط",
    },
    "file_kind_pipe": {
        "en": "a named pipe", "zh": "命名管道", "fr": "un tube nommé", "es": "una canalización con nombre",
        "ru": "именованный канал", "ar": "أنبوب مسمّى",
    },
    "file_kind_socket": {
        "en": "a socket", "zh": "套接字", "fr": "un socket", "es": "un socket", "ru": "сокет", "ar": "مقبس",
    },
    "file_kind_device": {
        "en": "a device", "zh": "设备", "fr": "un périphérique", "es": "un dispositivo", "ru": "устройство",
        "ar": "جهاز",
    },
    "report_name_too_long": {
        "en": "The name of '{name}' is too long for this disk (bsreporter keeps its working files beside a report "
              "under slightly longer names). Choose a shorter name, or rename the file.",
        "zh": "“{name}”的名称对于此磁盘而言过长（bsreporter 会在报告旁边以稍长的名称保存工作文件）。请选择一个较短的名称，或重命名该文件。",
        "fr": "Le nom de « {name} » est trop long pour ce disque (bsreporter garde ses fichiers de travail à côté "
              "d'un rapport sous des noms un peu plus longs). Choisissez un nom plus court ou renommez le fichier.",
        "es": "El nombre de «{name}» es demasiado largo para este disco (bsreporter guarda sus archivos de trabajo "
              "junto al informe con nombres algo más largos). Elija un nombre más corto o cambie el nombre del "
              "archivo.",
        "ru": "Имя «{name}» слишком длинное для этого диска (bsreporter хранит рядом с отчётом свои рабочие файлы "
              "под немного более длинными именами). Выберите более короткое имя или переименуйте файл.",
        "ar": "اسم «{name}» طويل جدًا بالنسبة إلى هذا القرص (يحفظ bsreporter ملفات العمل بجوار التقرير بأسماء "
              "أطول قليلًا). اختر اسمًا أقصر، أو غيّر اسم الملف.",
    },
    "file_name_too_long": {
        "en": "The name '{name}' is too long for this disk. Choose a shorter name.",
        "zh": "名称“{name}”对于此磁盘而言过长。请选择一个较短的名称。",
        "fr": "Le nom « {name} » est trop long pour ce disque. Choisissez un nom plus court.",
        "es": "El nombre «{name}» es demasiado largo para este disco. Elija un nombre más corto.",
        "ru": "Имя «{name}» слишком длинное для этого диска. Выберите более короткое имя.",
        "ar": "الاسم «{name}» طويل جدًا بالنسبة إلى هذا القرص. اختر اسمًا أقصر.",
    },
    # --- bsreporter.report.schema: is this a sound report file? ---
    "no_file": {
        "en": "There is no file '{path}'.",
        "zh": "不存在文件“{path}”。",
        "fr": "Le fichier « {path} » n'existe pas.",
        "es": "No existe el archivo «{path}».",
        "ru": "Файл «{path}» не существует.",
        "ar": "لا يوجد ملف باسم «{path}».",
    },
    "is_folder_not_report": {
        "en": "'{path}' is a folder, not a report file.",
        "zh": "“{path}”是一个文件夹，而不是报告文件。",
        "fr": "« {path} » est un dossier, et non un fichier de rapport.",
        "es": "«{path}» es una carpeta, no un archivo de informe.",
        "ru": "«{path}» — это папка, а не файл отчёта.",
        "ar": "«{path}» مجلد، وليس ملف تقرير.",
    },
    "not_a_regular_file": {
        "en": "'{path}' is {kind}, not a file; it is not a report file.",
        "zh": "“{path}”是{kind}，而不是文件；它不是报告文件。",
        "fr": "« {path} » est {kind} et non un fichier ; ce n'est pas un fichier de rapport.",
        "es": "«{path}» es {kind}, no un archivo; no es un archivo de informe.",
        "ru": "«{path}» — это {kind}, а не файл; это не файл отчёта.",
        "ar": "«{path}» هو {kind} وليس ملفًا؛ فهو ليس ملف تقرير.",
    },
    "cannot_read": {
        "en": "'{name}' cannot be read ({reason}).",
        "zh": "无法读取“{name}”（{reason}）。",
        "fr": "« {name} » ne peut pas être lu ({reason}).",
        "es": "No se puede leer «{name}» ({reason}).",
        "ru": "Не удаётся прочитать «{name}» ({reason}).",
        "ar": "تتعذر قراءة «{name}» ({reason}).",
    },
    "report_empty": {
        "en": "'{name}' is empty; it is not a bsreporter report.",
        "zh": "“{name}”是空文件；它不是 bsreporter 报告。",
        "fr": "« {name} » est vide ; ce n'est pas un rapport bsreporter.",
        "es": "«{name}» está vacío; no es un informe de bsreporter.",
        "ru": "«{name}» пуст; это не отчёт bsreporter.",
        "ar": "«{name}» فارغ؛ وهو ليس تقريرًا من تقارير bsreporter.",
    },
    "not_a_report": {
        "en": "'{name}' is not a bsreporter report (it is some other kind of file).",
        "zh": "“{name}”不是 bsreporter 报告（它是其他类型的文件）。",
        "fr": "« {name} » n'est pas un rapport bsreporter (il s'agit d'un autre type de fichier).",
        "es": "«{name}» no es un informe de bsreporter (es otro tipo de archivo).",
        "ru": "«{name}» не является отчётом bsreporter (это файл другого типа).",
        "ar": "«{name}» ليس تقريرًا من تقارير bsreporter (إنه ملف من نوع آخر).",
    },
    "damaged_cut_short": {
        "en": "'{name}' is damaged (cut short); open a backup copy instead.",
        "zh": "“{name}”已损坏（文件不完整）；请改为打开备份副本。",
        "fr": "« {name} » est endommagé (tronqué) ; ouvrez plutôt une copie de sauvegarde.",
        "es": "«{name}» está dañado (truncado); abra en su lugar una copia de seguridad.",
        "ru": "«{name}» повреждён (обрезан); вместо него откройте резервную копию.",
        "ar": "«{name}» تالف (مبتور)؛ افتح نسخة احتياطية بدلًا منه.",
    },
    "damaged_header": {
        "en": "'{name}' is damaged (its header is unreadable); open a backup copy instead.",
        "zh": "“{name}”已损坏（文件头无法读取）；请改为打开备份副本。",
        "fr": "« {name} » est endommagé (son en-tête est illisible) ; ouvrez plutôt une copie de sauvegarde.",
        "es": "«{name}» está dañado (su encabezado es ilegible); abra en su lugar una copia de seguridad.",
        "ru": "«{name}» повреждён (его заголовок не читается); вместо него откройте резервную копию.",
        "ar": "«{name}» تالف (تتعذر قراءة ترويسته)؛ افتح نسخة احتياطية بدلًا منه.",
    },
    "damaged_size": {
        "en": "'{name}' is damaged (cut short: {size} of {expected} bytes); open a backup copy instead.",
        "zh": "“{name}”已损坏（文件不完整：{expected} 字节中仅有 {size} 字节）；请改为打开备份副本。",
        "fr": "« {name} » est endommagé (tronqué : {size} octets sur {expected}) ; ouvrez plutôt une copie de "
              "sauvegarde.",
        "es": "«{name}» está dañado (truncado: {size} de {expected} bytes); abra en su lugar una copia de seguridad.",
        "ru": "«{name}» повреждён (обрезан: {size} из {expected} байт); вместо него откройте резервную копию.",
        "ar": "«{name}» تالف (مبتور: {size} من أصل {expected} بايت)؛ افتح نسخة احتياطية بدلًا منه.",
    },
    "database_not_report": {
        "en": "'{name}' is a database but not a bsreporter report.",
        "zh": "“{name}”是数据库，但不是 bsreporter 报告。",
        "fr": "« {name} » est une base de données, mais pas un rapport bsreporter.",
        "es": "«{name}» es una base de datos, pero no un informe de bsreporter.",
        "ru": "«{name}» — база данных, но не отчёт bsreporter.",
        "ar": "«{name}» قاعدة بيانات، لكنه ليس تقريرًا من تقارير bsreporter.",
    },
    "cannot_open_reason": {
        "en": "'{name}' cannot be opened ({reason}).",
        "zh": "无法打开“{name}”（{reason}）。",
        "fr": "« {name} » ne peut pas être ouvert ({reason}).",
        "es": "No se puede abrir «{name}» ({reason}).",
        "ru": "Не удаётся открыть «{name}» ({reason}).",
        "ar": "يتعذر فتح «{name}» ({reason}).",
    },
    "newer_version": {
        "en": "'{name}' was saved by a newer version of bsreporter (file format {version}, this program reads up to "
              "{supported}). Install the latest bsreporter to open it.",
        "zh": "“{name}”由较新版本的 bsreporter 保存（文件格式 {version}，本程序最高只能读取 {supported}）。"
              "请安装最新版本的 bsreporter 后再打开。",
        "fr": "« {name} » a été enregistré par une version plus récente de bsreporter (format de fichier {version} ; "
              "ce programme lit jusqu'au format {supported}). Installez la dernière version de bsreporter pour "
              "l'ouvrir.",
        "es": "«{name}» se guardó con una versión más reciente de bsreporter (formato de archivo {version}; este "
              "programa lee hasta el formato {supported}). Instale la versión más reciente de bsreporter para abrirlo.",
        "ru": "«{name}» сохранён более новой версией bsreporter (формат файла {version}, эта программа читает "
              "форматы до {supported}). Чтобы открыть его, установите последнюю версию bsreporter.",
        "ar": "حُفظ «{name}» بإصدار أحدث من bsreporter (تنسيق الملف {version}، وهذا البرنامج يقرأ حتى التنسيق "
              "{supported}). ثبّت أحدث إصدار من bsreporter لفتحه.",
    },
    "not_complete_report": {
        "en": "'{name}' is not a complete bsreporter report (no file format version).",
        "zh": "“{name}”不是完整的 bsreporter 报告（缺少文件格式版本）。",
        "fr": "« {name} » n'est pas un rapport bsreporter complet (aucune version de format de fichier).",
        "es": "«{name}» no es un informe de bsreporter completo (no tiene versión de formato de archivo).",
        "ru": "«{name}» не является полным отчётом bsreporter (нет версии формата файла).",
        "ar": "«{name}» ليس تقريرًا كاملًا من تقارير bsreporter (لا يتضمن إصدار تنسيق الملف).",
    },
    "damaged_problem": {
        "en": "'{name}' is damaged ({problem}); open a backup copy instead. The file was not changed.",
        "zh": "“{name}”已损坏（{problem}）；请改为打开备份副本。该文件未被更改。",
        "fr": "« {name} » est endommagé ({problem}) ; ouvrez plutôt une copie de sauvegarde. Le fichier n'a pas été "
              "modifié.",
        "es": "«{name}» está dañado ({problem}); abra en su lugar una copia de seguridad. El archivo no se ha "
              "modificado.",
        "ru": "«{name}» повреждён ({problem}); вместо него откройте резервную копию. Файл не был изменён.",
        "ar": "«{name}» تالف ({problem})؛ افتح نسخة احتياطية بدلًا منه. لم يُغيَّر الملف.",
    },
    "damaged_tables": {
        "en": "'{name}' is damaged (tables are missing); open a backup copy instead.",
        "zh": "“{name}”已损坏（缺少数据表）；请改为打开备份副本。",
        "fr": "« {name} » est endommagé (des tables manquent) ; ouvrez plutôt une copie de sauvegarde.",
        "es": "«{name}» está dañado (faltan tablas); abra en su lugar una copia de seguridad.",
        "ru": "«{name}» повреждён (отсутствуют таблицы); вместо него откройте резервную копию.",
        "ar": "«{name}» تالف (بعض الجداول مفقودة)؛ افتح نسخة احتياطية بدلًا منه.",
    },
    "report_foreign_content": {
        "en": "'{name}' was refused: it holds database content that bsreporter never makes ({what}), which could "
              "change answers without anyone knowing. The file was not changed. Ask the sender for the report "
              "again, or open one of its backup copies.",
        "zh": "已拒绝“{name}”：它包含 bsreporter 从不创建的数据库内容（{what}），这些内容可能在无人知晓的情况下更改答案。"
              "该文件未被更改。请向发送者重新索取报告，或打开其备份副本之一。",
        "fr": "« {name} » a été refusé : il contient des éléments de base de données que bsreporter ne crée jamais "
              "({what}) et qui pourraient modifier des réponses à l'insu de tous. Le fichier n'a pas été modifié. "
              "Redemandez le rapport à son expéditeur ou ouvrez l'une de ses copies de sauvegarde.",
        "es": "Se ha rechazado «{name}»: contiene elementos de base de datos que bsreporter nunca crea ({what}) y "
              "que podrían modificar respuestas sin que nadie lo sepa. El archivo no se ha modificado. Pida de nuevo "
              "el informe a quien lo envió o abra una de sus copias de seguridad.",
        "ru": "«{name}» отклонён: он содержит объекты базы данных, которые bsreporter никогда не создаёт ({what}) и "
              "которые могут незаметно изменять ответы. Файл не был изменён. Запросите отчёт у отправителя ещё раз "
              "или откройте одну из его резервных копий.",
        "ar": "رُفض «{name}»: فهو يحتوي على عناصر قاعدة بيانات لا ينشئها bsreporter أبدًا ({what})، وقد تغيّر "
              "الإجابات دون علم أحد. لم يُغيَّر الملف. اطلب التقرير من مُرسله مرة أخرى، أو افتح إحدى نسخه الاحتياطية.",
    },
    "disk_full_open": {
        "en": "'{name}' cannot be opened because its disk is full. The file is sound; free some space and open it "
              "again.",
        "zh": "由于磁盘已满，无法打开“{name}”。该文件完好无损；请释放一些空间后再次打开。",
        "fr": "« {name} » ne peut pas être ouvert, car son disque est plein. Le fichier est intact ; libérez de "
              "l'espace et ouvrez-le de nouveau.",
        "es": "No se puede abrir «{name}» porque su disco está lleno. El archivo está en buen estado; libere espacio "
              "y vuelva a abrirlo.",
        "ru": "Не удаётся открыть «{name}», так как его диск заполнен. Файл в порядке; освободите место и откройте "
              "его снова.",
        "ar": "يتعذر فتح «{name}» لأن القرص الذي يحتويه ممتلئ. الملف سليم؛ أفرغ بعض المساحة وافتحه مرة أخرى.",
    },
    "foreign_log_set_aside": {
        "en": "Beside '{name}' lay unsaved changes from a session that ended abruptly, but they were made to another "
              "file than the one there now (it was replaced). They were not applied; they were kept aside as "
              "'{log}'. The answers shown are those of the file itself.",
        "zh": "“{name}”旁边有一次意外中断的会话留下的未保存更改，但这些更改针对的是另一个文件（当前文件已被替换）。"
              "这些更改未被应用，已另存为“{log}”。显示的答案是该文件本身的答案。",
        "fr": "À côté de « {name} » se trouvaient des modifications non enregistrées d'une session interrompue "
              "brutalement, mais elles concernaient un autre fichier que celui qui s'y trouve maintenant (il a été "
              "remplacé). Elles n'ont pas été appliquées ; elles ont été mises de côté sous le nom « {log} ». Les "
              "réponses affichées sont celles du fichier lui-même.",
        "es": "Junto a «{name}» había cambios no guardados de una sesión que terminó de forma abrupta, pero se "
              "hicieron en otro archivo distinto del que hay ahora (fue reemplazado). No se han aplicado; se han "
              "guardado aparte como «{log}». Las respuestas que se muestran son las del propio archivo.",
        "ru": "Рядом с «{name}» остались несохранённые изменения сеанса, который был внезапно прерван, но они "
              "относятся к другому файлу, а не к тому, что лежит там сейчас (его заменили). Они не применены и "
              "отложены в файл «{log}». Показаны ответы из самого файла.",
        "ar": "كانت بجوار «{name}» تغييرات غير محفوظة من جلسة انتهت فجأة، لكنها أُجريت على ملف غير الموجود الآن "
              "(فقد استُبدل). لم تُطبَّق هذه التغييرات؛ بل حُفظت جانبًا باسم «{log}». الإجابات المعروضة هي إجابات "
              "الملف نفسه.",
    },
    "foreign_log_cannot_move": {
        "en": "'{name}' was not opened: beside it lie unsaved changes made to another file, and they could not be "
              "moved aside ({reason}). Nothing was changed.",
        "zh": "未打开“{name}”：其旁边有针对另一个文件的未保存更改，且无法将其移开（{reason}）。未作任何更改。",
        "fr": "« {name} » n'a pas été ouvert : à côté se trouvent des modifications non enregistrées faites à un "
              "autre fichier, qui n'ont pas pu être mises de côté ({reason}). Rien n'a été modifié.",
        "es": "No se ha abierto «{name}»: junto a él hay cambios no guardados hechos en otro archivo y no se han "
              "podido apartar ({reason}). No se ha modificado nada.",
        "ru": "«{name}» не открыт: рядом с ним лежат несохранённые изменения другого файла, и их не удалось "
              "отложить ({reason}). Ничего не изменено.",
        "ar": "لم يُفتح «{name}»: توجد بجواره تغييرات غير محفوظة أُجريت على ملف آخر، وتعذر نقلها جانبًا "
              "({reason}). لم يُغيَّر أي شيء.",
    },
    # --- bsreporter.report.store: creating, opening and changing a report ---
    "party_missing": {
        "en": "Give the name of the reporting Party.",
        "zh": "请填写提交报告的缔约方名称。",
        "fr": "Indiquez le nom de la Partie qui présente le rapport.",
        "es": "Indique el nombre de la Parte que presenta el informe.",
        "ru": "Укажите название Стороны, представляющей доклад.",
        "ar": "أدخل اسم الطرف المقدِّم للتقرير.",
    },
    "language_not_in_form": {
        "en": "'{language}' is not a language of this questionnaire; use one of {languages}.",
        "zh": "“{language}”不是本问卷的语言；请使用以下语言之一：{languages}。",
        "fr": "« {language} » n'est pas une langue de ce questionnaire ; utilisez l'une des langues suivantes : "
              "{languages}.",
        "es": "«{language}» no es un idioma de este cuestionario; utilice uno de los siguientes: {languages}.",
        "ru": "«{language}» не является языком этого вопросника; используйте один из следующих: {languages}.",
        "ar": "«{language}» ليست من لغات هذا الاستبيان؛ استخدم إحدى اللغات التالية: {languages}.",
    },
    "report_exists": {
        "en": "'{path}' already exists; choose another file name (an existing report is never overwritten).",
        "zh": "“{path}”已存在；请另选文件名（现有报告绝不会被覆盖）。",
        "fr": "« {path} » existe déjà ; choisissez un autre nom de fichier (un rapport existant n'est jamais écrasé).",
        "es": "«{path}» ya existe; elija otro nombre de archivo (un informe existente nunca se sobrescribe).",
        "ru": "«{path}» уже существует; выберите другое имя файла (существующий отчёт никогда не перезаписывается).",
        "ar": "«{path}» موجود بالفعل؛ اختر اسم ملف آخر (لا يُكتب أبدًا فوق تقرير موجود).",
    },
    "folder_does_not_exist": {
        "en": "The folder '{folder}' does not exist.",
        "zh": "文件夹“{folder}”不存在。",
        "fr": "Le dossier « {folder} » n'existe pas.",
        "es": "La carpeta «{folder}» no existe.",
        "ru": "Папка «{folder}» не существует.",
        "ar": "المجلد «{folder}» غير موجود.",
    },
    "cannot_create_report": {
        "en": "Cannot create '{name}': {reason}. Check the disk has space and the folder is writable.",
        "zh": "无法创建“{name}”：{reason}。请检查磁盘是否有可用空间以及文件夹是否可写入。",
        "fr": "Impossible de créer « {name} » : {reason}. Vérifiez que le disque dispose d'espace libre et que le "
              "dossier est accessible en écriture.",
        "es": "No se puede crear «{name}»: {reason}. Compruebe que el disco tiene espacio libre y que se puede "
              "escribir en la carpeta.",
        "ru": "Не удаётся создать «{name}»: {reason}. Проверьте, что на диске есть место и запись в папку "
              "разрешена.",
        "ar": "يتعذر إنشاء «{name}»: {reason}. تحقق من وجود مساحة كافية على القرص ومن إمكان الكتابة في المجلد.",
    },
    "reason_not_writable": {
        "en": "its disk or folder cannot be written",
        "zh": "其所在的磁盘或文件夹不可写入",
        "fr": "son disque ou son dossier n'est pas accessible en écriture",
        "es": "no se puede escribir en su disco o carpeta",
        "ru": "запись на его диск или в его папку невозможна",
        "ar": "لا يمكن الكتابة على القرص أو في المجلد الذي يحتويه",
    },
    "reason_busy": {
        "en": "another program is writing it; try again in a moment",
        "zh": "另一个程序正在写入该文件；请稍后重试",
        "fr": "un autre programme est en train de l'écrire ; réessayez dans un instant",
        "es": "otro programa lo está escribiendo; inténtelo de nuevo en un momento",
        "ru": "в него сейчас записывает другая программа; повторите попытку чуть позже",
        "ar": "يكتب فيه برنامج آخر حاليًا؛ حاول مرة أخرى بعد قليل",
    },
    "reason_disk_full": {
        "en": "the disk is full",
        "zh": "磁盘已满",
        "fr": "le disque est plein",
        "es": "el disco está lleno",
        "ru": "диск заполнен",
        "ar": "القرص ممتلئ",
    },
    "disk_full_create": {
        "en": "The disk is full: '{name}' could not be created, and nothing was left behind. Free some space and "
              "try again.",
        "zh": "磁盘已满：无法创建“{name}”，也未留下任何文件。请释放一些空间后重试。",
        "fr": "Le disque est plein : « {name} » n'a pas pu être créé, et aucun fichier n'a été laissé. Libérez de "
              "l'espace et réessayez.",
        "es": "El disco está lleno: no se ha podido crear «{name}» y no ha quedado ningún archivo. Libere espacio e "
              "inténtelo de nuevo.",
        "ru": "Диск заполнен: создать «{name}» не удалось, и никаких файлов не осталось. Освободите место и "
              "повторите попытку.",
        "ar": "القرص ممتلئ: تعذر إنشاء «{name}»، ولم يُترك أي ملف. أفرغ بعض المساحة وحاول مرة أخرى.",
    },
    "questionnaire_missing": {
        "en": "'{name}' answers a questionnaire this program does not have: {reason}",
        "zh": "“{name}”所答复的问卷不在本程序中：{reason}",
        "fr": "« {name} » répond à un questionnaire dont ce programme ne dispose pas : {reason}",
        "es": "«{name}» responde a un cuestionario del que este programa no dispone: {reason}",
        "ru": "«{name}» содержит ответы на вопросник, которого нет в этой программе: {reason}",
        "ar": "«{name}» يجيب عن استبيان غير متوفر في هذا البرنامج: {reason}",
    },
    "other_questionnaire": {
        "en": "'{name}' answers questionnaire '{found}', not '{expected}'.",
        "zh": "“{name}”答复的是问卷“{found}”，而不是“{expected}”。",
        "fr": "« {name} » répond au questionnaire « {found} », et non « {expected} ».",
        "es": "«{name}» responde al cuestionario «{found}», no a «{expected}».",
        "ru": "«{name}» содержит ответы на вопросник «{found}», а не «{expected}».",
        "ar": "«{name}» يجيب عن الاستبيان «{found}»، لا عن «{expected}».",
    },
    "report_cannot_be_opened": {
        "en": "'{name}' cannot be opened: {reason}.",
        "zh": "无法打开“{name}”：{reason}。",
        "fr": "« {name} » ne peut pas être ouvert : {reason}.",
        "es": "No se puede abrir «{name}»: {reason}.",
        "ru": "Не удаётся открыть «{name}»: {reason}.",
        "ar": "يتعذر فتح «{name}»: {reason}.",
    },
    "special_not_accepted": {
        "en": "Question {number} does not accept '{special}' (allowed: {allowed}).",
        "zh": "问题 {number} 不接受“{special}”（允许：{allowed}）。",
        "fr": "La question {number} n'accepte pas « {special} » (autorisé : {allowed}).",
        "es": "La pregunta {number} no admite «{special}» (permitido: {allowed}).",
        "ru": "Вопрос {number} не допускает «{special}» (допустимо: {allowed}).",
        "ar": "السؤال {number} لا يقبل «{special}» (المسموح به: {allowed}).",
    },
    # the special answers named inside a message (the same words as the window and the exports use)
    "special_not_applicable": {
        "en": "Not applicable", "zh": "不适用", "fr": "Sans objet", "es": "No se aplica", "ru": "Не применимо",
        "ar": "لا ينطبق",
    },
    "special_not_available": {
        "en": "Information not available", "zh": "无可用信息", "fr": "Information non disponible",
        "es": "Información no disponible", "ru": "Информация отсутствует", "ar": "المعلومات غير متاحة",
    },
    "special_no_longer_allowed": {
        "en": "'{special}' is no longer allowed for this question",
        "zh": "此问题已不再允许“{special}”",
        "fr": "« {special} » n'est plus autorisé pour cette question",
        "es": "«{special}» ya no se admite en esta pregunta",
        "ru": "«{special}» больше не допускается для этого вопроса",
        "ar": "لم يعد «{special}» مسموحًا به لهذا السؤال",
    },
    "none_allowed": {
        "en": "none", "zh": "无", "fr": "aucun", "es": "ninguno", "ru": "нет", "ar": "لا شيء",
    },
    "unstorable_argument": {
        "en": "The {what} contains characters that cannot be stored (broken text, for example from a wrongly "
              "encoded terminal or file); retype it. Nothing was changed.",
        "zh": "{what}中含有无法保存的字符（损坏的文字，例如来自编码错误的终端或文件）；请重新输入。未作任何更改。",
        "fr": "Le champ « {what} » contient des caractères qui ne peuvent pas être enregistrés (texte altéré, par "
              "exemple issu d'un terminal ou d'un fichier mal encodé) ; saisissez-le à nouveau. Rien n'a été modifié.",
        "es": "El campo «{what}» contiene caracteres que no se pueden guardar (texto dañado, por ejemplo de un "
              "terminal o un archivo con una codificación errónea); vuelva a escribirlo. No se ha modificado nada.",
        "ru": "Поле «{what}» содержит символы, которые невозможно сохранить (повреждённый текст, например из "
              "терминала или файла в неверной кодировке); введите его заново. Ничего не изменено.",
        "ar": "يحتوي الحقل «{what}» على أحرف لا يمكن حفظها (نص تالف، من محطة طرفية أو ملف بترميز خاطئ مثلًا)؛ "
              "أعد كتابته. لم يُغيَّر شيء.",
    },
    "constraint_failed": {
        "en": "Question {number}: {message}",
        "zh": "问题 {number}：{message}",
        "fr": "Question {number} : {message}",
        "es": "Pregunta {number}: {message}",
        "ru": "Вопрос {number}: {message}",
        "ar": "السؤال {number}: {message}",
    },
    "answer_not_allowed": {
        "en": "the answer is not allowed here",
        "zh": "此处不允许该答复",
        "fr": "cette réponse n'est pas autorisée ici",
        "es": "esta respuesta no está permitida aquí",
        "ru": "такой ответ здесь недопустим",
        "ar": "هذه الإجابة غير مسموح بها هنا",
    },
    "nothing_to_confirm": {
        "en": "Question {number} has no carried-over answer to confirm.",
        "zh": "问题 {number} 没有需要确认的沿用答复。",
        "fr": "La question {number} n'a aucune réponse reprise à confirmer.",
        "es": "La pregunta {number} no tiene ninguna respuesta trasladada que confirmar.",
        "ru": "У вопроса {number} нет перенесённого ответа, который нужно подтвердить.",
        "ar": "لا توجد للسؤال {number} إجابة منقولة تحتاج إلى تأكيد.",
    },
    "no_such_question": {
        "en": "This questionnaire has no question '{question}'.",
        "zh": "本问卷中没有问题“{question}”。",
        "fr": "Ce questionnaire ne comporte pas de question « {question} ».",
        "es": "Este cuestionario no tiene ninguna pregunta «{question}».",
        "ru": "В этом вопроснике нет вопроса «{question}».",
        "ar": "لا يتضمن هذا الاستبيان سؤالًا باسم «{question}».",
    },
    "restore_other_questionnaire": {
        "en": "'{name}' answers another questionnaire ({form}); nothing was restored.",
        "zh": "“{name}”答复的是另一份问卷（{form}）；未恢复任何内容。",
        "fr": "« {name} » répond à un autre questionnaire ({form}) ; rien n'a été restauré.",
        "es": "«{name}» responde a otro cuestionario ({form}); no se ha restaurado nada.",
        "ru": "«{name}» содержит ответы на другой вопросник ({form}); ничего не восстановлено.",
        "ar": "«{name}» يجيب عن استبيان آخر ({form})؛ لم يُستعَد أي شيء.",
    },
    "report_read_only": {
        "en": "'{name}' is open read-only; nothing was changed.",
        "zh": "“{name}”以只读方式打开；未作任何更改。",
        "fr": "« {name} » est ouvert en lecture seule ; rien n'a été modifié.",
        "es": "«{name}» está abierto en modo de solo lectura; no se ha modificado nada.",
        "ru": "«{name}» открыт только для чтения; ничего не изменено.",
        "ar": "«{name}» مفتوح للقراءة فقط؛ لم يُغيَّر أي شيء.",
    },
    "report_validated_locked": {
        "en": "'{name}' is validated and locked; choose \"Reopen for editing\" to change it.",
        "zh": "“{name}”已验证并锁定；如需更改，请选择“重新打开以编辑”。",
        "fr": "« {name} » est validé et verrouillé ; choisissez « Rouvrir pour modification » pour le modifier.",
        "es": "«{name}» está validado y bloqueado; elija «Reabrir para editar» para modificarlo.",
        "ru": "«{name}» утверждён и заблокирован; чтобы изменить его, выберите «Открыть для изменения».",
        "ar": "«{name}» مُعتمَد ومُقفَل؛ اختر «إعادة الفتح للتحرير» لتغييره.",
    },
    "report_validated_locked_cli": {
        "en": "'{name}' is validated and locked; to change it, reopen it in the desktop application "
              "(File > Reopen for Editing…) and give the reason.",
        "zh": "“{name}”已验证并锁定；如需更改，请在桌面应用程序中重新打开它（文件 > 重新打开以编辑…）并说明原因。",
        "fr": "« {name} » est validé et verrouillé ; pour le modifier, rouvrez-le dans l'application de bureau "
              "(Fichier > Rouvrir pour modification…) et indiquez la raison.",
        "es": "«{name}» está validado y bloqueado; para modificarlo, reábralo en la aplicación de escritorio "
              "(Archivo > Reabrir para editar…) e indique el motivo.",
        "ru": "«{name}» утверждён и заблокирован; чтобы изменить его, откройте его для изменения в настольном "
              "приложении (Файл > Открыть для изменения…) и укажите причину.",
        "ar": "«{name}» مُعتمَد ومُقفَل؛ لتغييره، أعد فتحه في تطبيق سطح المكتب (ملف > إعادة الفتح للتحرير…) "
              "واذكر السبب.",
    },
    "detail_date_invalid": {
        "en": "'{value}' is not a date of submission; write it as YYYY-MM-DD (for example 2026-03-31).",
        "zh": "“{value}”不是有效的提交日期；请按 YYYY-MM-DD 格式填写（例如 2026-03-31）。",
        "fr": "« {value} » n'est pas une date de soumission ; écrivez-la sous la forme AAAA-MM-JJ (par exemple "
              "2026-03-31).",
        "es": "«{value}» no es una fecha de presentación; escríbala como AAAA-MM-DD (por ejemplo, 2026-03-31).",
        "ru": "«{value}» не является датой представления; укажите её в виде ГГГГ-ММ-ДД (например, 2026-03-31).",
        "ar": "«{value}» ليس تاريخ تقديم صالحًا؛ اكتبه بالصيغة YYYY-MM-DD (مثلًا 2026-03-31).",
    },
    "set_empty_value": {
        "en": "The value given for '{question}' is empty (no text, or only empty rows), so the answer was kept; "
              "to remove the answer, use --clear.",
        "zh": "为“{question}”给出的值为空（没有文本，或只有空行），因此答案保持不变；如需删除该答案，请使用 --clear。",
        "fr": "La valeur donnée pour « {question} » est vide (aucun texte, ou seulement des lignes vides) ; la "
              "réponse a donc été conservée. Pour supprimer la réponse, utilisez --clear.",
        "es": "El valor indicado para «{question}» está vacío (sin texto, o solo filas vacías), así que se ha "
              "conservado la respuesta; para eliminar la respuesta, use --clear.",
        "ru": "Значение для «{question}» пустое (нет текста или только пустые строки), поэтому ответ сохранён; "
              "чтобы удалить ответ, используйте --clear.",
        "ar": "القيمة المُعطاة لـ «{question}» فارغة (لا نص، أو صفوف فارغة فقط)، لذا أُبقي على الإجابة؛ لحذف "
              "الإجابة، استخدم ‎--clear.",
    },
    "disk_full_report": {
        "en": "The disk holding '{name}' is full; the last change was not stored. Free some space and try again.",
        "zh": "存放“{name}”的磁盘已满；最近一次更改未能保存。请释放一些空间后重试。",
        "fr": "Le disque contenant « {name} » est plein ; la dernière modification n'a pas été enregistrée. Libérez "
              "de l'espace et réessayez.",
        "es": "El disco que contiene «{name}» está lleno; el último cambio no se ha guardado. Libere espacio e "
              "inténtelo de nuevo.",
        "ru": "Диск, на котором находится «{name}», заполнен; последнее изменение не сохранено. Освободите место "
              "и повторите попытку.",
        "ar": "القرص الذي يحتوي على «{name}» ممتلئ؛ لم يُحفظ التغيير الأخير. أفرغ بعض المساحة وحاول مرة أخرى.",
    },
    "report_not_writable": {
        "en": "'{name}' cannot be written (read-only disk or file); the last change was not stored.",
        "zh": "无法写入“{name}”（磁盘或文件为只读）；最近一次更改未能保存。",
        "fr": "« {name} » ne peut pas être écrit (disque ou fichier en lecture seule) ; la dernière modification n'a "
              "pas été enregistrée.",
        "es": "No se puede escribir en «{name}» (disco o archivo de solo lectura); el último cambio no se ha "
              "guardado.",
        "ru": "Запись в «{name}» невозможна (диск или файл доступны только для чтения); последнее изменение не "
              "сохранено.",
        "ar": "تتعذر الكتابة في «{name}» (القرص أو الملف للقراءة فقط)؛ لم يُحفظ التغيير الأخير.",
    },
    "report_busy": {
        "en": "'{name}' is busy in another program; the last change was not stored. Try again.",
        "zh": "“{name}”正被另一个程序占用；最近一次更改未能保存。请重试。",
        "fr": "« {name} » est occupé par un autre programme ; la dernière modification n'a pas été enregistrée. "
              "Réessayez.",
        "es": "«{name}» está siendo utilizado por otro programa; el último cambio no se ha guardado. Inténtelo de "
              "nuevo.",
        "ru": "«{name}» занят другой программой; последнее изменение не сохранено. Повторите попытку.",
        "ar": "«{name}» قيد الاستخدام في برنامج آخر؛ لم يُحفظ التغيير الأخير. حاول مرة أخرى.",
    },
    "report_damaged_writing": {
        "en": "'{name}' turned out to be damaged while the last change was stored; that change was not stored. "
              "Close it and open one of its backup copies.",
        "zh": "保存最近一次更改时发现“{name}”已损坏；该更改未能保存。请关闭该文件，并打开它的一个备份副本。",
        "fr": "« {name} » s'est révélé endommagé pendant l'enregistrement de la dernière modification ; cette "
              "modification n'a pas été enregistrée. Fermez-le et ouvrez l'une de ses copies de sauvegarde.",
        "es": "«{name}» resultó estar dañado al guardar el último cambio; ese cambio no se ha guardado. Ciérrelo y "
              "abra una de sus copias de seguridad.",
        "ru": "При сохранении последнего изменения выяснилось, что «{name}» повреждён; это изменение не сохранено. "
              "Закройте его и откройте одну из его резервных копий.",
        "ar": "تبيّن أن «{name}» تالف أثناء حفظ التغيير الأخير؛ لم يُحفظ هذا التغيير. أغلقه وافتح إحدى نسخه "
              "الاحتياطية.",
    },
    "report_write_failed": {
        "en": "'{name}' could not be written ({reason}); the last change was not stored.",
        "zh": "无法写入“{name}”（{reason}）；最近一次更改未能保存。",
        "fr": "« {name} » n'a pas pu être écrit ({reason}) ; la dernière modification n'a pas été enregistrée.",
        "es": "No se ha podido escribir en «{name}» ({reason}); el último cambio no se ha guardado.",
        "ru": "Не удалось записать «{name}» ({reason}); последнее изменение не сохранено.",
        "ar": "تعذرت الكتابة في «{name}» ({reason})؛ لم يُحفظ التغيير الأخير.",
    },
    # --- bsreporter.report.backup ---
    "backup_failed": {
        "en": "A backup copy of '{name}' could not be made ({reason}); your report itself is unchanged. "
              "Free some disk space.",
        "zh": "无法为“{name}”创建备份副本（{reason}）；您的报告本身未受影响。请释放一些磁盘空间。",
        "fr": "Une copie de sauvegarde de « {name} » n'a pas pu être créée ({reason}) ; votre rapport lui-même n'a "
              "pas été modifié. Libérez de l'espace disque.",
        "es": "No se ha podido crear una copia de seguridad de «{name}» ({reason}); su informe no se ha modificado. "
              "Libere espacio en el disco.",
        "ru": "Не удалось создать резервную копию «{name}» ({reason}); сам отчёт не изменён. Освободите место на "
              "диске.",
        "ar": "تعذر إنشاء نسخة احتياطية من «{name}» ({reason})؛ ولم يتغير تقريرك نفسه. أفرغ بعض المساحة على القرص.",
    },
    "backup_copy_failed": {
        "en": "The backup could not be copied next to '{name}' ({reason}).",
        "zh": "无法将备份复制到“{name}”旁边（{reason}）。",
        "fr": "La sauvegarde n'a pas pu être copiée à côté de « {name} » ({reason}).",
        "es": "No se ha podido copiar la copia de seguridad junto a «{name}» ({reason}).",
        "ru": "Не удалось скопировать резервную копию рядом с «{name}» ({reason}).",
        "ar": "تعذر نسخ النسخة الاحتياطية بجوار «{name}» ({reason}).",
    },
    "backup_folder_not_writable": {
        "en": "No backup copy of '{name}' was made: the backup folder {folder} cannot be written. Your report itself "
              "is unchanged and can be edited.",
        "zh": "未能为“{name}”创建备份副本：无法写入备份文件夹 {folder}。您的报告本身未受影响，仍可编辑。",
        "fr": "Aucune copie de sauvegarde de « {name} » n'a été créée : le dossier de sauvegarde {folder} n'est pas "
              "accessible en écriture. Votre rapport lui-même n'a pas été modifié et peut être modifié.",
        "es": "No se ha creado ninguna copia de seguridad de «{name}»: no se puede escribir en la carpeta de copias "
              "{folder}. Su informe no se ha modificado y puede editarse.",
        "ru": "Резервная копия «{name}» не создана: запись в папку резервных копий {folder} невозможна. Сам отчёт не "
              "изменён, и его можно редактировать.",
        "ar": "لم تُنشأ نسخة احتياطية من «{name}»: تتعذر الكتابة في مجلد النسخ الاحتياطية {folder}. لم يتغير "
              "تقريرك نفسه ويمكن تحريره.",
    },
    # --- a copy of the open report (File > Save a Copy), the demo report, the file format ---
    "copy_over_itself": {
        "en": "A copy cannot replace the report it is copied from; choose another file name.",
        "zh": "副本不能替换其来源报告；请另选文件名。",
        "fr": "Une copie ne peut pas remplacer le rapport dont elle est tirée ; choisissez un autre nom de fichier.",
        "es": "Una copia no puede sustituir al informe del que se copia; elija otro nombre de archivo.",
        "ru": "Копия не может заменить отчёт, с которого она снята; выберите другое имя файла.",
        "ar": "لا يمكن أن تحل النسخة محل التقرير المنسوخ منه؛ اختر اسم ملف آخر.",
    },
    "copy_write_failed": {
        "en": "The copy '{name}' could not be written ({reason}). Check the disk has space and the folder is "
              "writable.",
        "zh": "无法写入副本“{name}”（{reason}）。请检查磁盘是否有可用空间以及文件夹是否可写入。",
        "fr": "La copie « {name} » n'a pas pu être écrite ({reason}). Vérifiez que le disque dispose d'espace "
              "libre et que le dossier est accessible en écriture.",
        "es": "No se ha podido escribir la copia «{name}» ({reason}). Compruebe que el disco tiene espacio libre "
              "y que se puede escribir en la carpeta.",
        "ru": "Не удалось записать копию «{name}» ({reason}). Проверьте, что на диске есть место и запись в папку "
              "разрешена.",
        "ar": "تعذرت كتابة النسخة «{name}» ({reason}). تحقق من وجود مساحة كافية على القرص ومن إمكان الكتابة في "
              "المجلد.",
    },
    "demo_missing": {
        "en": "The demo report is missing from this installation ({path}).",
        "zh": "本安装中缺少示例报告（{path}）。",
        "fr": "Le rapport de démonstration est absent de cette installation ({path}).",
        "es": "Falta el informe de demostración en esta instalación ({path}).",
        "ru": "В этой установке нет демонстрационного отчёта ({path}).",
        "ar": "التقرير التجريبي مفقود من هذا التثبيت ({path}).",
    },
    "no_migration": {
        "en": "No way to update a report from file format {version}; this is a bug, please report it.",
        "zh": "无法从文件格式 {version} 更新报告；这是程序错误，请报告该问题。",
        "fr": "Aucun moyen de mettre à jour un rapport au format de fichier {version} ; il s'agit d'une erreur du "
              "programme, veuillez la signaler.",
        "es": "No hay forma de actualizar un informe desde el formato de archivo {version}; es un error del "
              "programa, notifíquelo.",
        "ru": "Обновить отчёт с формата файла {version} невозможно; это ошибка программы, сообщите о ней.",
        "ar": "لا توجد طريقة لتحديث تقرير من صيغة الملف {version}؛ هذا خطأ في البرنامج، يُرجى الإبلاغ عنه.",
    },
    "meta_unknown": {
        "en": "Cannot change {names} of a report.",
        "zh": "无法更改报告的 {names}。",
        "fr": "Impossible de modifier {names} d'un rapport.",
        "es": "No se puede cambiar {names} de un informe.",
        "ru": "Нельзя изменить {names} отчёта.",
        "ar": "لا يمكن تغيير {names} في التقرير.",
    },
    "details_unknown": {
        "en": "Cannot keep {names} as a detail of a report.",
        "zh": "无法将 {names} 保存为报告的详细信息。",
        "fr": "Impossible de conserver {names} comme détail d'un rapport.",
        "es": "No se puede guardar {names} como dato de un informe.",
        "ru": "Нельзя сохранить {names} как сведения об отчёте.",
        "ar": "لا يمكن حفظ {names} كتفصيل من تفاصيل التقرير.",
    },
    "form_not_installed": {
        "en": "No questionnaire with id '{form_id}' is installed; installed: {installed}.",
        "zh": "未安装标识为“{form_id}”的问卷；已安装：{installed}。",
        "fr": "Aucun questionnaire portant l'identifiant « {form_id} » n'est installé ; installés : {installed}.",
        "es": "No hay ningún cuestionario instalado con el identificador «{form_id}»; instalados: {installed}.",
        "ru": "Вопросник с идентификатором «{form_id}» не установлен; установлены: {installed}.",
        "ar": "لا يوجد استبيان مثبَّت بالمعرِّف «{form_id}»؛ المثبَّت: {installed}.",
    },
    "form_none_installed": {
        "en": "No questionnaire with id '{form_id}' is installed; no questionnaire is installed at all. Reinstall "
              "the program.",
        "zh": "未安装标识为“{form_id}”的问卷；根本没有安装任何问卷。请重新安装本程序。",
        "fr": "Aucun questionnaire portant l'identifiant « {form_id} » n'est installé ; aucun questionnaire n'est "
              "installé. Réinstallez le programme.",
        "es": "No hay ningún cuestionario instalado con el identificador «{form_id}»; no hay ningún cuestionario "
              "instalado. Vuelva a instalar el programa.",
        "ru": "Вопросник с идентификатором «{form_id}» не установлен; не установлено ни одного вопросника. "
              "Переустановите программу.",
        "ar": "لا يوجد استبيان مثبَّت بالمعرِّف «{form_id}»؛ لا يوجد أي استبيان مثبَّت. أعد تثبيت البرنامج.",
    },
    "form_installed_broken": {
        "en": "The questionnaire '{form_id}' installed with this program has mistakes, so its reports cannot be "
              "opened; reinstall the program. For the questionnaire's authors: {details}",
        "zh": "本程序安装的问卷“{form_id}”有错误，因此无法打开其报告；请重新安装本程序。供问卷作者参考：{details}",
        "fr": "Le questionnaire « {form_id} » installé avec ce programme comporte des erreurs ; ses rapports ne "
              "peuvent donc pas être ouverts. Réinstallez le programme. Pour les auteurs du questionnaire : "
              "{details}",
        "es": "El cuestionario «{form_id}» instalado con este programa contiene errores, por lo que sus informes "
              "no se pueden abrir; vuelva a instalar el programa. Para los autores del cuestionario: {details}",
        "ru": "Вопросник «{form_id}», установленный с этой программой, содержит ошибки, поэтому его отчёты "
              "нельзя открыть; переустановите программу. Для авторов вопросника: {details}",
        "ar": "الاستبيان «{form_id}» المثبَّت مع هذا البرنامج يحتوي على أخطاء، ولذا لا يمكن فتح تقاريره؛ أعد "
              "تثبيت البرنامج. لمؤلفي الاستبيان: {details}",
    },
    # --- bsreporter.cli: arguments of a command ---
    "cli_sheet_columns_both": {
        "en": "A hand-made sheet needs both --question-column and --answer-column.",
        "zh": "手工制作的工作表需要同时提供 --question-column 和 --answer-column。",
        "fr": "Une feuille faite à la main nécessite à la fois --question-column et --answer-column.",
        "es": "Una hoja hecha a mano necesita tanto --question-column como --answer-column.",
        "ru": "Для листа, составленного вручную, нужны оба параметра: --question-column и --answer-column.",
        "ar": "تحتاج الورقة المُعدّة يدويًا إلى كلٍّ من --question-column و--answer-column.",
    },
    "cli_sheet_not_found": {
        "en": "No sheet of '{name}' names this questionnaire's question numbers in a column; point them out with "
              "--sheet, --question-column and --answer-column.",
        "zh": "“{name}”中没有任何工作表在某一列中列出本问卷的问题编号；请用 --sheet、--question-column 和 "
              "--answer-column 指明。",
        "fr": "Aucune feuille de « {name} » ne donne les numéros des questions de ce questionnaire dans une "
              "colonne ; indiquez-les avec --sheet, --question-column et --answer-column.",
        "es": "Ninguna hoja de «{name}» indica en una columna los números de pregunta de este cuestionario; "
              "señálelos con --sheet, --question-column y --answer-column.",
        "ru": "Ни на одном листе «{name}» нет столбца с номерами вопросов этого вопросника; укажите их с помощью "
              "--sheet, --question-column и --answer-column.",
        "ar": "لا توجد في «{name}» ورقة تذكر أرقام أسئلة هذا الاستبيان في عمود؛ حدِّدها باستخدام --sheet "
              "و--question-column و--answer-column.",
    },
    "cli_theirs_not_in_conflict": {
        "en": "--theirs names questions that are not in conflict: {questions}.",
        "zh": "--theirs 列出的问题并不存在冲突：{questions}。",
        "fr": "--theirs désigne des questions qui ne sont pas en conflit : {questions}.",
        "es": "--theirs indica preguntas que no están en conflicto: {questions}.",
        "ru": "--theirs называет вопросы, по которым нет конфликта: {questions}.",
        "ar": "يذكر --theirs أسئلة لا تعارض فيها: {questions}.",
    },
    "cli_other_party": {
        "en": "{reason} To take them anyway, give --other-party.",
        "zh": "{reason} 如仍要采用，请提供 --other-party。",
        "fr": "{reason} Pour les reprendre malgré tout, indiquez --other-party.",
        "es": "{reason} Para tomarlas de todos modos, indique --other-party.",
        "ru": "{reason} Чтобы всё же взять их, укажите --other-party.",
        "ar": "{reason} لأخذها على أي حال، حدِّد --other-party.",
    },
    "cli_set_nothing": {
        "en": "Give a value, --special or --clear.",
        "zh": "请提供一个值、--special 或 --clear。",
        "fr": "Indiquez une valeur, --special ou --clear.",
        "es": "Indique un valor, --special o --clear.",
        "ru": "Укажите значение, --special или --clear.",
        "ar": "حدِّد قيمةً أو --special أو --clear.",
    },
    "cli_no_forms_found": {
        "en": "No form definitions (form.yaml) found in '{folder}'.",
        "zh": "在“{folder}”中未找到问卷定义（form.yaml）。",
        "fr": "Aucune définition de questionnaire (form.yaml) trouvée dans « {folder} ».",
        "es": "No se encontró ninguna definición de cuestionario (form.yaml) en «{folder}».",
        "ru": "В «{folder}» не найдено определений вопросников (form.yaml).",
        "ar": "لم يُعثر على تعريفات استبيان (form.yaml) في «{folder}».",
    },
    "cli_convert_differs": {
        "en": "{folder}: the converted form differs from the original; put back the files from git.",
        "zh": "{folder}：转换后的问卷与原问卷不一致；请从 git 恢复这些文件。",
        "fr": "{folder} : le questionnaire converti diffère de l'original ; rétablissez les fichiers depuis git.",
        "es": "{folder}: el cuestionario convertido difiere del original; restaure los archivos desde git.",
        "ru": "{folder}: преобразованный вопросник отличается от исходного; верните файлы из git.",
        "ar": "{folder}: الاستبيان المحوَّل يختلف عن الأصلي؛ أعد الملفات من git.",
    },
    # the history of an answer: what the program records as where a change came from (History dialog)
    "history_undo": {"en": "undo", "zh": "撤销", "fr": "annulation", "es": "deshacer", "ru": "отмена",
                     "ar": "تراجع"},
    "history_redo": {"en": "redo", "zh": "重做", "fr": "rétablissement", "es": "rehacer", "ru": "повтор",
                     "ar": "إعادة"},
    "history_undo_restore": {"en": "undo: restore", "zh": "撤销：恢复", "fr": "annulation : restauration",
                             "es": "deshacer: restauración", "ru": "отмена: восстановление",
                             "ar": "تراجع: استعادة"},
    "history_undo_of": {"en": "undo of {name}", "zh": "撤销 {name}", "fr": "annulation de {name}",
                        "es": "deshacer {name}", "ru": "отмена: {name}", "ar": "تراجع عن {name}"},
    "history_backup_of": {"en": "backup of {when}", "zh": "{when} 的备份", "fr": "sauvegarde du {when}",
                          "es": "copia de seguridad del {when}", "ru": "резервная копия от {when}",
                          "ar": "نسخة احتياطية من {when}"},
    "history_redo_backup_of": {"en": "redo: backup of {when}", "zh": "重做：{when} 的备份",
                               "fr": "rétablissement : sauvegarde du {when}",
                               "es": "rehacer: copia de seguridad del {when}",
                               "ru": "повтор: резервная копия от {when}", "ar": "إعادة: نسخة احتياطية من {when}"},
    "history_value_of": {"en": "value of {when}", "zh": "{when} 的值", "fr": "valeur du {when}",
                         "es": "valor del {when}", "ru": "значение от {when}", "ar": "القيمة في {when}"},
    # --- bsreporter.report.validation ---
    "already_validated": {
        "en": "The report is already validated.",
        "zh": "该报告已经验证。",
        "fr": "Le rapport est déjà validé.",
        "es": "El informe ya está validado.",
        "ru": "Отчёт уже утверждён.",
        "ar": "التقرير مُعتمَد بالفعل.",
    },
    "cannot_validate_yet": {
        "en": "The report cannot be validated yet: {count} questions still need an answer or a correction (see the "
              "completeness check).",
        "zh": "该报告尚不能验证：仍有 {count} 个问题需要答复或更正（见完整性检查）。",
        "fr": "Le rapport ne peut pas encore être validé : {count} questions nécessitent encore une réponse ou une "
              "correction (voir la vérification de l'exhaustivité).",
        "es": "El informe todavía no puede validarse: {count} preguntas aún necesitan una respuesta o una corrección "
              "(véase la comprobación de la exhaustividad).",
        "ru": "Отчёт пока нельзя утвердить: число вопросов, которым ещё нужен ответ или исправление: {count} (см. "
              "проверку полноты).",
        "ar": "لا يمكن اعتماد التقرير بعد: لا يزال {count} من الأسئلة بحاجة إلى إجابة أو تصحيح (انظر فحص الاكتمال).",
    },
    "not_validated": {
        "en": "The report is not validated; it is already open for editing.",
        "zh": "该报告尚未验证；它已处于可编辑状态。",
        "fr": "Le rapport n'est pas validé ; il est déjà ouvert pour modification.",
        "es": "El informe no está validado; ya está abierto para su edición.",
        "ru": "Отчёт не утверждён; он уже открыт для изменения.",
        "ar": "التقرير غير مُعتمَد؛ وهو مفتوح للتحرير بالفعل.",
    },
    "reopen_reason_missing": {
        "en": "Say why the report is reopened; the reason is kept with the report.",
        "zh": "请说明重新打开报告的原因；该原因将随报告一并保存。",
        "fr": "Indiquez pourquoi le rapport est rouvert ; le motif est conservé avec le rapport.",
        "es": "Indique por qué se reabre el informe; el motivo se conserva junto con el informe.",
        "ru": "Укажите, почему отчёт открывается снова; причина сохраняется вместе с отчётом.",
        "ar": "اذكر سبب إعادة فتح التقرير؛ يُحفظ السبب مع التقرير.",
    },
}
