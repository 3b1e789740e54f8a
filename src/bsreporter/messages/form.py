"""Why an answer was refused (the value checks of bsreporter.form.values), in the six UN languages."""

from __future__ import annotations

from bsreporter.record import record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Protocol

    class _Label(Protocol):
        """A name in several languages (a column's label, ``bsreporter.form.model.Text``)."""

        def get(self, language: str, fallback: str = "en") -> str: ...

    class _Named(Protocol):
        """Something that puts itself in words in a language (a question of an earlier form, say)."""

        def text(self, language: str) -> str: ...


@record
class Where:
    """Which answer a message is about: a question, and for tables a row and a column.

    A column is named by its label, in the language of the message; a plain string is
    shown as it is (a column name the person typed, which matched no column).
    """

    number: str | _Named
    row: int | None = None
    column: str | _Label | None = None

    def text(self, language: str) -> str:
        """The place in words, in ``language`` (English when it has none)."""
        forms = _WHERE.get(language, _WHERE["en"])
        number = self.number if isinstance(self.number, str) else self.number.text(language)
        if self.row is None:
            return forms[0].format(number=number)
        if self.column is None:
            return forms[1].format(number=number, row=self.row)
        column = self.column if isinstance(self.column, str) else self.column.get(language)
        return forms[2].format(number=number, row=self.row, column=column)

    def __str__(self) -> str:
        return self.text("en")


_WHERE: dict[str, tuple[str, str, str]] = {
    "en": ("question {number}", "question {number}, row {row}", "question {number}, row {row}, column '{column}'"),
    "zh": ("问题 {number}", "问题 {number}，第 {row} 行", "问题 {number}，第 {row} 行，“{column}”列"),
    "fr": ("question {number}", "question {number}, ligne {row}", "question {number}, ligne {row}, colonne « {column} »"),
    "es": ("pregunta {number}", "pregunta {number}, fila {row}", "pregunta {number}, fila {row}, columna «{column}»"),
    "ru": ("вопрос {number}", "вопрос {number}, строка {row}", "вопрос {number}, строка {row}, столбец «{column}»"),
    "ar": ("السؤال {number}", "السؤال {number}، الصف {row}", "السؤال {number}، الصف {row}، العمود «{column}»"),
}

FORM_MESSAGES: dict[str, dict[str, str]] = {
    "bool_answer": {
        "en": "{where}: true/false is not a valid answer; give a value of type {kind}.",
        "zh": "{where}：“真/假”不是有效的答复；请给出 {kind}。",
        "fr": "{where} : vrai/faux n'est pas une réponse valable ; donnez une valeur de type {kind}.",
        "es": "{where}: verdadero/falso no es una respuesta válida; indique un valor de tipo {kind}.",
        "ru": "{where}: «истина/ложь» не является допустимым ответом; укажите значение типа {kind}.",
        "ar": "{where}: «صح/خطأ» ليست إجابة صالحة؛ أدخل قيمة من نوع {kind}.",
    },
    "expects_text": {
        "en": "{where}: expects text.", "zh": "{where}：应填写文字。", "fr": "{where} : un texte est attendu.",
        "es": "{where}: se espera un texto.", "ru": "{where}: ожидается текст.", "ar": "{where}: يُتوقع نص.",
    },
    "not_un_language": {
        "en": "{where}: {codes} is not a language this answer can be given in; give the text in the UN languages "
              "by their codes ({languages}).",
        "zh": "{where}：{codes} 不是此答复可以使用的语言；请按联合国语文代码（{languages}）填写文字。",
        "fr": "{where} : {codes} n'est pas une langue dans laquelle cette réponse peut être donnée ; donnez le texte "
              "dans les langues de l'ONU, désignées par leur code ({languages}).",
        "es": "{where}: {codes} no es un idioma en el que pueda darse esta respuesta; indique el texto en los idiomas "
              "de las Naciones Unidas, por sus códigos ({languages}).",
        "ru": "{where}: {codes} — не язык, на котором можно дать этот ответ; укажите текст на языках ООН по их "
              "кодам ({languages}).",
        "ar": "{where}: {codes} ليست لغة يمكن تقديم هذه الإجابة بها؛ أدخل النص بلغات الأمم المتحدة مع رموزها "
              "({languages}).",
    },
    "text_too_long": {
        "en": "{where}: the text has {length} characters; at most {limit} fit (the limit of a spreadsheet cell). "
              "Shorten it or attach a document.",
        "zh": "{where}：文字有 {length} 个字符；最多只能容纳 {limit} 个（电子表格单元格的上限）。请缩短文字或附上文件。",
        "fr": "{where} : le texte compte {length} caractères ; {limit} au plus peuvent y figurer (la limite d'une "
              "cellule de tableur). Raccourcissez-le ou joignez un document.",
        "es": "{where}: el texto tiene {length} caracteres; caben como máximo {limit} (el límite de una celda de hoja "
              "de cálculo). Acórtelo o adjunte un documento.",
        "ru": "{where}: в тексте {length} знаков; помещается не более {limit} (предел ячейки электронной таблицы). "
              "Сократите его или приложите документ.",
        "ar": "{where}: يتضمن النص {length} حرفًا؛ والحد الأقصى {limit} (حد خلية جدول البيانات). اختصره أو أرفق "
              "وثيقة.",
    },
    "control_chars": {
        "en": "{where}: the text contains invisible control characters (for example from a copy-paste); remove them "
              "and try again.",
        "zh": "{where}：文字中含有不可见的控制字符（例如复制粘贴带来的）；请删除后重试。",
        "fr": "{where} : le texte contient des caractères de contrôle invisibles (par exemple issus d'un copier-coller) ; "
              "supprimez-les et réessayez.",
        "es": "{where}: el texto contiene caracteres de control invisibles (por ejemplo, de copiar y pegar); "
              "elimínelos e inténtelo de nuevo.",
        "ru": "{where}: текст содержит невидимые управляющие символы (например, после копирования и вставки); "
              "удалите их и повторите попытку.",
        "ar": "{where}: يحتوي النص على أحرف تحكم غير مرئية (من النسخ واللصق مثلًا)؛ احذفها وحاول مرة أخرى.",
    },
    "not_whole": {
        "en": "{where}: '{value}' is not a whole number.", "zh": "{where}：“{value}”不是整数。",
        "fr": "{where} : « {value} » n'est pas un nombre entier.", "es": "{where}: «{value}» no es un número entero.",
        "ru": "{where}: «{value}» не является целым числом.", "ar": "{where}: «{value}» ليس عددًا صحيحًا.",
    },
    "not_number": {
        "en": "{where}: '{value}' is not a number.", "zh": "{where}：“{value}”不是数字。",
        "fr": "{where} : « {value} » n'est pas un nombre.", "es": "{where}: «{value}» no es un número.",
        "ru": "{where}: «{value}» не является числом.", "ar": "{where}: «{value}» ليس رقمًا.",
    },
    "ambiguous_number": {
        "en": "{where}: '{value}' could be read as {plain} or as {point}: write {plain} or {point}, as you mean it.",
        "zh": "{where}：“{value}”既可读作 {plain}，也可读作 {point}：请按您的本意写作 {plain} 或 {point}。",
        "fr": "{where} : « {value} » peut se lire {plain} ou {point} : écrivez {plain} ou {point}, selon ce que vous "
              "voulez dire.",
        "es": "{where}: «{value}» puede leerse como {plain} o como {point}: escriba {plain} o {point}, según lo que "
              "quiera decir.",
        "ru": "{where}: «{value}» можно прочитать как {plain} или как {point}: напишите {plain} или {point}, в "
              "зависимости от того, что вы имеете в виду.",
        "ar": "{where}: يمكن قراءة «{value}» على أنه {plain} أو على أنه {point}: اكتب {plain} أو {point} بحسب ما "
              "تقصده.",
    },
    "number_groups": {
        "en": "{where}: '{value}' is not a number: digit groups have three digits (e.g. 1 500 000 or 1,500,000.5).",
        "zh": "{where}：“{value}”不是数字：数字分组应为每组三位（例如 1 500 000 或 1,500,000.5）。",
        "fr": "{where} : « {value} » n'est pas un nombre : les groupes de chiffres en comptent trois (par exemple "
              "1 500 000 ou 1 500 000,5).",
        "es": "{where}: «{value}» no es un número: los grupos de cifras tienen tres cifras (por ejemplo, 1 500 000 o "
              "1.500.000,5).",
        "ru": "{where}: «{value}» не является числом: в группах разрядов по три цифры (например, 1 500 000 или "
              "1 500 000,5).",
        "ar": "{where}: «{value}» ليس رقمًا: تتألف مجموعات الأرقام من ثلاثة أرقام (مثل 1 500 000 أو 1,500,000.5).",
    },
    "number_exponent": {
        "en": "{where}: '{value}' uses exponent notation; write the number in full (e.g. 100000 for 1e5).",
        "zh": "{where}：“{value}”使用了指数记数法；请完整写出数字（例如用 100000 表示 1e5）。",
        "fr": "{where} : « {value} » est écrit en notation exponentielle ; écrivez le nombre en entier (par exemple "
              "100000 pour 1e5).",
        "es": "{where}: «{value}» está en notación exponencial; escriba el número completo (por ejemplo, 100000 en "
              "lugar de 1e5).",
        "ru": "{where}: «{value}» записано в экспоненциальной форме; напишите число полностью (например, 100000 "
              "вместо 1e5).",
        "ar": "{where}: «{value}» مكتوب بالصيغة الأسية؛ اكتب الرقم كاملًا (مثل 100000 بدلًا من 1e5).",
    },
    "too_many_digits": {
        "en": "{where}: '{value}' has more than 15 significant digits, more than can be stored exactly; round it.",
        "zh": "{where}：“{value}”的有效数字超过 15 位，无法精确保存；请四舍五入。",
        "fr": "{where} : « {value} » compte plus de 15 chiffres significatifs, plus qu'il n'est possible d'enregistrer "
              "exactement ; arrondissez-le.",
        "es": "{where}: «{value}» tiene más de 15 cifras significativas, más de las que pueden guardarse con "
              "exactitud; redondéelo.",
        "ru": "{where}: в «{value}» больше 15 значащих цифр — больше, чем можно сохранить точно; округлите число.",
        "ar": "{where}: يتضمن «{value}» أكثر من 15 رقمًا معنويًا، وهو أكثر مما يمكن حفظه بدقة؛ قرّبه.",
    },
    "not_finite": {
        "en": "{where}: expects a finite number.", "zh": "{where}：应为有限数值。",
        "fr": "{where} : un nombre fini est attendu.", "es": "{where}: se espera un número finito.",
        "ru": "{where}: ожидается конечное число.", "ar": "{where}: يُتوقع رقم محدود.",
    },
    "not_date": {
        "en": "{where}: '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2019-12-31.",
        "zh": "{where}：“{value}”不是日期；请按 YYYY-MM-DD 格式填写，例如 2019-12-31。",
        "fr": "{where} : « {value} » n'est pas une date ; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2019-12-31.",
        "es": "{where}: «{value}» no es una fecha; escríbala como AAAA-MM-DD, por ejemplo 2019-12-31.",
        "ru": "{where}: «{value}» не является датой; запишите её в виде ГГГГ-ММ-ДД, например 2019-12-31.",
        "ar": "{where}: «{value}» ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD، مثل 2019-12-31.",
    },
    "date_range": {
        "en": "{where}: {value} is outside the years 1900 to 2100.", "zh": "{where}：{value} 不在 1900 年至 2100 年之间。",
        "fr": "{where} : {value} est en dehors des années 1900 à 2100.",
        "es": "{where}: {value} está fuera de los años 1900 a 2100.",
        "ru": "{where}: {value} выходит за пределы 1900–2100 годов.",
        "ar": "{where}: {value} خارج نطاق السنوات من 1900 إلى 2100.",
    },
    "not_url": {
        "en": "{where}: '{value}' is not a web address; it must start with http:// or https://.",
        "zh": "{where}：“{value}”不是网址；网址必须以 http:// 或 https:// 开头。",
        "fr": "{where} : « {value} » n'est pas une adresse web ; elle doit commencer par http:// ou https://.",
        "es": "{where}: «{value}» no es una dirección web; debe empezar por http:// o https://.",
        "ru": "{where}: «{value}» не является веб-адресом; он должен начинаться с http:// или https://.",
        "ar": "{where}: «{value}» ليس عنوانًا على الويب؛ يجب أن يبدأ بـ http:// أو https://.",
    },
    "not_email": {
        "en": "{where}: '{value}' is not an e-mail address (like name@example.org).",
        "zh": "{where}：“{value}”不是电子邮件地址（例如 name@example.org）。",
        "fr": "{where} : « {value} » n'est pas une adresse électronique (comme nom@example.org).",
        "es": "{where}: «{value}» no es una dirección de correo electrónico (como nombre@example.org).",
        "ru": "{where}: «{value}» не является адресом электронной почты (например, name@example.org).",
        "ar": "{where}: «{value}» ليس عنوان بريد إلكتروني (مثل name@example.org).",
    },
    "not_option": {
        "en": "{where}: '{value}' is not one of the options ({options}).",
        "zh": "{where}：“{value}”不是可选项之一（{options}）。",
        "fr": "{where} : « {value} » ne fait pas partie des options ({options}).",
        "es": "{where}: «{value}» no es una de las opciones ({options}).",
        "ru": "{where}: «{value}» не входит в число вариантов ({options}).",
        "ar": "{where}: «{value}» ليس من الخيارات ({options}).",
    },
    "option_unknown": {
        "en": "{where}: '{value}' is not one of the options; the closest are '{first}' and '{second}'.",
        "zh": "{where}：“{value}”不是可选项之一；最接近的是“{first}”和“{second}”。",
        "fr": "{where} : « {value} » ne fait pas partie des options ; les plus proches sont « {first} » et « {second} ».",
        "es": "{where}: «{value}» no es una de las opciones; las más parecidas son «{first}» y «{second}».",
        "ru": "{where}: «{value}» не входит в число вариантов; ближайшие — «{first}» и «{second}».",
        "ar": "{where}: «{value}» ليس من الخيارات؛ أقربها «{first}» و«{second}».",
    },
    "option_part_unknown": {
        "en": "{where}: '{value}', in the answer '{whole}', is not one of the options; the closest are '{first}' and "
              "'{second}'.",
        "zh": "{where}：答复“{whole}”中的“{value}”不是可选项之一；最接近的是“{first}”和“{second}”。",
        "fr": "{where} : « {value} », dans la réponse « {whole} », ne fait pas partie des options ; les plus proches "
              "sont « {first} » et « {second} ».",
        "es": "{where}: «{value}», en la respuesta «{whole}», no es una de las opciones; las más parecidas son "
              "«{first}» y «{second}».",
        "ru": "{where}: «{value}» в ответе «{whole}» не входит в число вариантов; ближайшие — «{first}» и «{second}».",
        "ar": "{where}: «{value}» في الإجابة «{whole}» ليس من الخيارات؛ أقربها «{first}» و«{second}».",
    },
    "option_ambiguous": {
        "en": "{where}: '{value}' could be '{first}' or '{second}'; write the option as the form words it.",
        "zh": "{where}：“{value}”既可能是“{first}”，也可能是“{second}”；请按表格中的措辞填写选项。",
        "fr": "{where} : « {value} » peut désigner « {first} » ou « {second} » ; écrivez l'option telle que le "
              "formulaire la libelle.",
        "es": "{where}: «{value}» puede ser «{first}» o «{second}»; escriba la opción tal como figura en el formulario.",
        "ru": "{where}: «{value}» может означать «{first}» или «{second}»; напишите вариант так, как он "
              "сформулирован в форме.",
        "ar": "{where}: «{value}» قد تعني «{first}» أو «{second}»؛ اكتب الخيار كما ورد في الاستمارة.",
    },
    "option_part_ambiguous": {
        "en": "{where}: '{value}', in the answer '{whole}', could be '{first}' or '{second}'; write the option as the "
              "form words it.",
        "zh": "{where}：答复“{whole}”中的“{value}”既可能是“{first}”，也可能是“{second}”；请按表格中的措辞填写选项。",
        "fr": "{where} : « {value} », dans la réponse « {whole} », peut désigner « {first} » ou « {second} » ; "
              "écrivez l'option telle que le formulaire la libelle.",
        "es": "{where}: «{value}», en la respuesta «{whole}», puede ser «{first}» o «{second}»; escriba la opción tal "
              "como figura en el formulario.",
        "ru": "{where}: «{value}» в ответе «{whole}» может означать «{first}» или «{second}»; напишите вариант так, "
              "как он сформулирован в форме.",
        "ar": "{where}: «{value}» في الإجابة «{whole}» قد تعني «{first}» أو «{second}»؛ اكتب الخيار كما ورد في "
              "الاستمارة.",
    },
    "option_no_range": {
        "en": "{where}: {value} is in none of the ranges offered ({options}).",
        "zh": "{where}：{value} 不在所列的任何范围内（{options}）。",
        "fr": "{where} : {value} n'entre dans aucune des tranches proposées ({options}).",
        "es": "{where}: {value} no está en ninguno de los intervalos propuestos ({options}).",
        "ru": "{where}: {value} не попадает ни в один из предложенных диапазонов ({options}).",
        "ar": "{where}: {value} لا يقع في أي من النطاقات المعروضة ({options}).",
    },
    "option_no_year": {
        "en": "{where}: {value} is none of the years offered ({options}).",
        "zh": "{where}：{value} 不在所列的年份之中（{options}）。",
        "fr": "{where} : {value} ne fait pas partie des années proposées ({options}).",
        "es": "{where}: {value} no es ninguno de los años propuestos ({options}).",
        "ru": "{where}: {value} нет среди предложенных годов ({options}).",
        "ar": "{where}: {value} ليس من بين السنوات المعروضة ({options}).",
    },
    "answer_suggested": {
        "en": "{where}: {readings} (a suggestion: taken only if you confirm it)",
        "zh": "{where}：{readings}（此为建议：仅在您确认后采用）",
        "fr": "{where} : {readings} (suggestion : reprise seulement si vous la confirmez)",
        "es": "{where}: {readings} (sugerencia: solo se toma si usted la confirma)",
        "ru": "{where}: {readings} (предложение: принимается, только если вы его подтвердите)",
        "ar": "{where}: {readings} (اقتراح: لا يُؤخذ إلا إذا أكدته)",
    },
    "reading_loose": {
        "en": "read '{read}' as '{option}'", "zh": "将“{read}”读作“{option}”",
        "fr": "« {read} » lu comme « {option} »", "es": "«{read}» leído como «{option}»",
        "ru": "«{read}» прочитано как «{option}»", "ar": "قُرئت «{read}» على أنها «{option}»",
    },
    "reading_range": {
        "en": "read {read} as '{option}', the range that holds it", "zh": "将 {read} 读作“{option}”（包含该数的范围）",
        "fr": "{read} lu comme « {option} », la tranche qui le contient",
        "es": "{read} leído como «{option}», el intervalo que lo contiene",
        "ru": "{read} прочитано как «{option}» — диапазон, в который попадает это число",
        "ar": "قُرئ {read} على أنه «{option}»، وهو النطاق الذي يشمله",
    },
    "special_not_allowed": {
        "en": "{where}: '{value}' is not an allowed answer here.", "zh": "{where}：“{value}”不是此处允许的答复。",
        "fr": "{where} : « {value} » n'est pas une réponse admise ici.",
        "es": "{where}: «{value}» no es una respuesta admitida aquí.",
        "ru": "{where}: «{value}» здесь не является допустимым ответом.",
        "ar": "{where}: «{value}» ليست إجابة مسموحًا بها هنا.",
    },
    "not_json_list": {
        "en": "{where}: '{value}' is not a JSON list of options.", "zh": "{where}：“{value}”不是 JSON 格式的选项列表。",
        "fr": "{where} : « {value} » n'est pas une liste d'options JSON.",
        "es": "{where}: «{value}» no es una lista de opciones en JSON.",
        "ru": "{where}: «{value}» не является списком вариантов в формате JSON.",
        "ar": "{where}: «{value}» ليس قائمة خيارات بصيغة JSON.",
    },
    "expects_list": {
        "en": "{where}: expects a list of options.", "zh": "{where}：应为选项列表。",
        "fr": "{where} : une liste d'options est attendue.", "es": "{where}: se espera una lista de opciones.",
        "ru": "{where}: ожидается список вариантов.", "ar": "{where}: يُتوقع قائمة خيارات.",
    },
    "not_options": {
        "en": "{where}: {values} not among the options ({options}).", "zh": "{where}：{values} 不在可选项之中（{options}）。",
        "fr": "{where} : {values} ne font pas partie des options ({options}).",
        "es": "{where}: {values} no están entre las opciones ({options}).",
        "ru": "{where}: {values} нет среди вариантов ({options}).",
        "ar": "{where}: {values} ليست من بين الخيارات ({options}).",
    },
    "table_json": {
        "en": "{where}: a table is given as a JSON list of rows, e.g. [{{\"title\": \"...\"}}].",
        "zh": "{where}：表格应以 JSON 行列表的形式给出，例如 [{{\"title\": \"...\"}}]。",
        "fr": "{where} : un tableau se donne sous forme de liste JSON de lignes, par exemple [{{\"title\": \"...\"}}].",
        "es": "{where}: una tabla se indica como una lista JSON de filas, por ejemplo [{{\"title\": \"...\"}}].",
        "ru": "{where}: таблица задаётся списком строк в формате JSON, например [{{\"title\": \"...\"}}].",
        "ar": "{where}: يُعطى الجدول في صورة قائمة صفوف بصيغة JSON، مثل [{{\"title\": \"...\"}}].",
    },
    "table_rows": {
        "en": "{where}: a table is a list of rows, each mapping column names to values.",
        "zh": "{where}：表格是若干行的列表，每行将列名对应到值。",
        "fr": "{where} : un tableau est une liste de lignes, chacune associant des noms de colonnes à des valeurs.",
        "es": "{where}: una tabla es una lista de filas, cada una con nombres de columna y sus valores.",
        "ru": "{where}: таблица — это список строк, в каждой из которых именам столбцов сопоставлены значения.",
        "ar": "{where}: الجدول قائمة صفوف، يربط كل منها أسماء الأعمدة بقيمها.",
    },
    "table_too_many": {
        "en": "{where}: at most {limit} rows fit in a table.", "zh": "{where}：一个表格最多可容纳 {limit} 行。",
        "fr": "{where} : un tableau compte au plus {limit} lignes.", "es": "{where}: una tabla admite como máximo {limit} filas.",
        "ru": "{where}: в таблице может быть не более {limit} строк.", "ar": "{where}: يتسع الجدول لـ {limit} صف كحد أقصى.",
    },
    "table_no_column": {
        "en": "{where}: no column {names}; the columns are {columns}.", "zh": "{where}：没有 {names} 列；现有列为 {columns}。",
        "fr": "{where} : pas de colonne {names} ; les colonnes sont {columns}.",
        "es": "{where}: no hay columna {names}; las columnas son {columns}.",
        "ru": "{where}: нет столбца {names}; столбцы: {columns}.", "ar": "{where}: لا يوجد عمود {names}؛ الأعمدة هي {columns}.",
    },
    "cannot_set": {
        "en": "{where}: this kind of answer ({kind}) cannot be set here.",
        "zh": "{where}：此处不能设置这类答复（{kind}）。",
        "fr": "{where} : ce type de réponse ({kind}) ne peut pas être saisi ici.",
        "es": "{where}: este tipo de respuesta ({kind}) no puede indicarse aquí.",
        "ru": "{where}: ответ такого вида ({kind}) здесь указать нельзя.",
        "ar": "{where}: لا يمكن إدخال هذا النوع من الإجابات ({kind}) هنا.",
    },
    "cell_rule": {
        "en": "{where}: {message}", "zh": "{where}：{message}", "fr": "{where} : {message}",
        "es": "{where}: {message}", "ru": "{where}: {message}", "ar": "{where}: {message}",
    },
    "cell_missing": {
        "en": "{where} is empty; every row needs it.", "zh": "{where}为空；每一行都必须填写。",
        "fr": "{where} est vide ; chaque ligne doit la remplir.", "es": "{where} está vacía; cada fila debe tenerla.",
        "ru": "{where}: ячейка пуста; её нужно заполнить в каждой строке.",
        "ar": "{where} فارغ؛ يجب ملؤه في كل صف.",
    },
    "cell_not_allowed": {
        "en": "{where} breaks the column's rule.", "zh": "{where}不符合该列的规则。",
        "fr": "{where} ne respecte pas la règle de la colonne.", "es": "{where} no cumple la regla de la columna.",
        "ru": "{where}: значение нарушает правило столбца.", "ar": "{where} يخالف قاعدة العمود.",
    },
    "too_deep": {
        "en": "{where}: the value is nested too deeply to be an answer (lists within lists); give a plain list.",
        "zh": "{where}：该值嵌套层次过深（列表套列表），不能作为答复；请给出简单的列表。",
        "fr": "{where} : la valeur est imbriquée trop profondément pour être une réponse (listes dans des listes) ; "
              "donnez une liste simple.",
        "es": "{where}: el valor está anidado a demasiada profundidad para ser una respuesta (listas dentro de "
              "listas); indique una lista simple.",
        "ru": "{where}: значение имеет слишком глубокую вложенность (списки в списках) и не может быть ответом; "
              "укажите простой список.",
        "ar": "{where}: القيمة متداخلة بعمق مفرط (قوائم داخل قوائم) فلا تصلح إجابةً؛ أدخل قائمة بسيطة.",
    },
    "unstorable_chars": {
        "en": "{where}: the answer contains characters that cannot be stored (broken text, for example from a "
              "damaged file or a wrongly encoded copy-paste); retype them.",
        "zh": "{where}：答复中含有无法保存的字符（损坏的文字，例如来自受损文件或编码错误的复制粘贴）；请重新输入。",
        "fr": "{where} : la réponse contient des caractères qui ne peuvent pas être enregistrés (texte altéré, par "
              "exemple issu d'un fichier endommagé ou d'un copier-coller mal encodé) ; saisissez-les à nouveau.",
        "es": "{where}: la respuesta contiene caracteres que no se pueden guardar (texto dañado, por ejemplo de un "
              "archivo dañado o de un copiar y pegar con una codificación errónea); vuelva a escribirlos.",
        "ru": "{where}: ответ содержит символы, которые невозможно сохранить (повреждённый текст, например из "
              "повреждённого файла или после копирования в неверной кодировке); введите их заново.",
        "ar": "{where}: تحتوي الإجابة على أحرف لا يمكن حفظها (نص تالف، من ملف تالف مثلًا أو من نسخ ولصق بترميز "
              "خاطئ)؛ أعد كتابتها.",
    },
    "number_too_large": {
        "en": "{where}: the number has more than 18 digits.", "zh": "{where}：该数字超过 18 位。",
        "fr": "{where} : le nombre compte plus de 18 chiffres.", "es": "{where}: el número tiene más de 18 dígitos.",
        "ru": "{where}: в числе больше 18 цифр.", "ar": "{where}: يتجاوز الرقم 18 خانة.",
    },
    "stored_unreadable": {
        "en": "{where}: the answer stored in the file cannot be read as an answer to this question; it is kept "
              "as it is until you give a new answer.",
        "zh": "{where}：文件中保存的答复无法作为对此问题的答复读取；在您给出新答复之前，它将原样保留。",
        "fr": "{where} : la réponse enregistrée dans le fichier ne peut pas être lue comme une réponse à cette "
              "question ; elle est conservée telle quelle jusqu'à ce que vous donniez une nouvelle réponse.",
        "es": "{where}: la respuesta guardada en el archivo no puede leerse como respuesta a esta pregunta; se "
              "conserva tal cual hasta que indique una nueva respuesta.",
        "ru": "{where}: сохранённый в файле ответ невозможно прочитать как ответ на этот вопрос; он сохраняется "
              "без изменений, пока вы не дадите новый ответ.",
        "ar": "{where}: تعذرت قراءة الإجابة المحفوظة في الملف كإجابة عن هذا السؤال؛ وستبقى كما هي إلى أن تقدم "
              "إجابة جديدة.",
    },
    "stored_invalid": {  # {reason} names the question already
        "en": "The stored answer is not valid: {reason}",
        "zh": "保存的答复无效：{reason}",
        "fr": "La réponse enregistrée n'est pas valable : {reason}",
        "es": "La respuesta guardada no es válida: {reason}",
        "ru": "Сохранённый ответ недопустим: {reason}",
        "ar": "الإجابة المحفوظة غير صالحة: {reason}",
    },
}

