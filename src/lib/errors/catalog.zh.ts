/**
 * 简体中文 text of every catalog entry (catalog.ts holds the codes and the English). Same `{name}` placeholders as the
 * English (catalog.test.ts checks).
 */
import type { CatalogText, ErrorCode } from './catalog';

/**
 * 简体中文 for every entry, with the same `{name}` placeholders (catalog.test.ts checks). Parse errors (AIO-P) keep
 * CPython's English message, as Python itself prints it (a learner searches for those words); their title and hint
 * are translated. Names from the program and Python keywords stay as they are.
 */
export const CATALOG_ZH: Record<ErrorCode, CatalogText> = {
  'AIO-P001': { title: '语法无效', hint: '对照 Python 语法检查这一行：通常是缺了运算符、逗号、引号或关键字。' },
  'AIO-P002': { title: '缺少记号', hint: "在这里补上缺少的 '{token}'。" },
  'AIO-P003': { title: '意外的缩进', hint: '去掉多余的缩进：这一行必须与上一条语句对齐。' },
  'AIO-P004': { title: '取消缩进不一致', hint: '让这一行的缩进与某个外层代码块完全相同（空格数一样）。' },
  'AIO-P005': {
    title: '缺少缩进的代码块',
    hint: '缩进代码块的主体（通常用 4 个空格）；如果它什么都不做，就写 `pass`。'
  },
  'AIO-P006': { title: '制表符与空格混用', hint: '整个文件只用空格（或只用制表符）缩进。' },
  'AIO-P007': {
    title: '字符串未结束',
    hint: '在同一行用开头的那种引号结束字符串（多行文本请用三引号）。'
  },
  'AIO-P008': { title: '三引号字符串未结束', hint: '用开头的那三个引号结束字符串。' },
  'AIO-P009': { title: '括号从未闭合', hint: "为这个 '{bracket}' 补上对应的右括号。" },
  'AIO-P010': { title: '多余的右括号', hint: '删除这个括号，或补上它对应的左括号。' },
  'AIO-P011': { title: '括号不匹配', hint: '先闭合最内层的括号。' },
  'AIO-P012': {
    title: '无效字符',
    hint: '删除这个字符，或用普通 ASCII 重新输入（从文档粘贴来的引号、破折号和空格常常是形近字符）。'
  },
  'AIO-P013': {
    title: '无效的数字字面量',
    hint: '按 Python 的写法书写数字（例如八进制写 0o17，分组写 1_000，数字后面不能紧跟字母）。'
  },
  'AIO-P014': { title: '续行符使用错误', hint: '用于连接多行的反斜杠必须是该行的最后一个字符。' },
  'AIO-P015': {
    title: '无效的赋值目标',
    hint: '只有名字、属性（a.b）、下标（a[i]）以及由它们组成的元组或列表可以被赋值或删除。'
  },
  'AIO-P016': {
    title: '无效的 f-string',
    hint: '检查 f-string 的花括号：替换字段写作 {{expression}}、{{expression!r}} 或 {{expression:spec}}；字面花括号写作 {{{{ 和 }}}}。'
  },
  'AIO-P017': { title: '无效的字符串字面量', hint: '检查这个字符串字面量中的转义和字符。' },
  'AIO-P018': {
    title: '无效的参数',
    hint: '调用实参的顺序：位置参数、*可迭代对象、关键字=值、**映射；形参的顺序：普通形参、带默认值的形参、*args、仅限关键字形参、**kwargs。'
  },
  'AIO-P019': { title: '语句不在所属的代码块中', hint: '把这条语句移到它所属的函数或循环里面。' },
  'AIO-P020': { title: '文件意外结束', hint: '文件在一条语句的中间结束了：把它写完整。' },
  'AIO-P021': { title: '语法无效', hint: '用逗号分隔各项。' },
  'AIO-P022': {
    title: '缺少 except 或 finally',
    hint: '`try:` 代码块后面至少需要一个 `except ...:` 或一个 `finally:` 代码块。'
  },
  'AIO-P023': { title: '无效的声明', hint: '把 global/nonlocal 声明放在函数开头，在使用该名字之前。' },
  'AIO-P024': {
    title: 'f-string 未结束',
    hint: '在同一行用开头的那种引号结束 f-string（多行文本请用三引号）。'
  },
  'AIO-P025': { title: '三引号 f-string 未结束', hint: '用开头的那三个引号结束 f-string。' },
  'AIO-P026': {
    title: '源代码不是 UTF-8',
    hint: '把文件另存为 UTF-8（所有现代编辑器都可以：在保存对话框或状态栏中找“编码”）。'
  },
  'AIO-P027': {
    title: '源代码过于复杂',
    hint: '用中间变量把这个表达式拆成几条语句；CPython 也会在嵌套几千层时停止。'
  },
  'AIO-U001': {
    title: '不支持的语法',
    message: 'aioscope 不支持 {construct}',
    hint: '改写这一部分，不用 {construct}；aioscope 运行的是 asyncio 程序常用的 Python 子集。'
  },
  'AIO-U002': {
    title: '不支持的模块',
    message: "aioscope 不支持模块 '{module}'",
    hint: 'aioscope 模拟 asyncio、time、random 和 aiohttp（以及少数纯辅助模块）；删除这个 import，或替换它提供的功能。'
  },
  'AIO-U003': {
    title: '不支持的内置函数或属性',
    message: 'aioscope 不支持 {name}',
    hint: '换用受支持的替代写法；文档列出了 aioscope 实现的内置函数、方法和 asyncio API。'
  },
  'AIO-R001': {
    title: '循环回调从不让出控制权',
    message: '步数预算已用尽：{task} 运行了 {steps} 步，始终没有把控制权交还给事件循环',
    hint: '从不 await 的循环（例如没有 `await` 的 `while True:`）会永远阻塞事件循环；在循环里加上 `await asyncio.sleep(0)`（或别的 await）。'
  },
  'AIO-R002': {
    title: '任务过多',
    message: '创建的任务过多（{count} 个）；为避免失控地创建任务已停止',
    hint: '少创建一些任务（通常是循环里无限制地调用 create_task），或分批处理。'
  },
  'AIO-R003': {
    title: '递归过深',
    message: '超过了最大递归深度{detail}',
    hint: '检查递归是否有能到达的终止条件，或把它改写成循环。'
  },
  'AIO-R004': {
    title: '输出过多',
    message: '输出过多：打印了超过 {limit} 个字符',
    hint: '少打印一些（例如每 N 次迭代才打印一次），让跟踪保持可读。'
  },
  'AIO-R005': {
    title: '总步数预算已用尽',
    message: '程序总共运行了超过 {steps} 步；已停止',
    hint: '缩短程序的运行（更少的迭代或任务）；模拟有总预算，所以总能结束。'
  },
  'AIO-R006': {
    title: '程序会永远等待',
    message: '程序会挂起：没有就绪的任务，没有设置定时器，也没有线程在运行（等待中：{pending}）',
    hint: '每个等待中的任务都在等一个永远不会到来的东西（没人设置的 Event、没人填充的 Queue、没人完成的 Future、没人释放的 Lock）。从另一个任务或回调中提供它，或用 asyncio.wait_for / asyncio.timeout 限制等待时间。'
  },
  'AIO-R007': {
    title: '跟踪过长',
    message: '跟踪超过了 {limit} 个事件；已停止',
    hint: '程序运行（或在 `await asyncio.sleep(0)` 上空转）太久，无法显示；缩短它：更少的迭代、任务或打印。'
  },
  'AIO-R008': {
    title: '模拟超时',
    message: '模拟没有在 {seconds} 秒内结束；已被停止',
    hint: '程序的工作量太大，无法在浏览器中模拟（很长的循环或很多任务）；缩短它。页面仍然可用：修改代码后会重新运行。'
  },
  'AIO-T001': {
    title: '跟踪 JSON 格式错误',
    message: '跟踪第 {line} 行不是有效的 JSON：{detail}',
    hint: '加载由 `aioscope trace` 生成的文件（JSON lines，每行一个事件），不要手工编辑它。'
  },
  'AIO-T002': {
    title: '无效的跟踪事件',
    message: '跟踪第 {line} 行：{detail}',
    hint: '该事件不符合跟踪格式 v1（docs/trace-format.md）；用 `aioscope trace` 重新生成跟踪。'
  },
  'AIO-T003': {
    title: '不支持的跟踪版本',
    message: '不支持的跟踪格式版本 {version}',
    hint: '用这个版本的 aioscope 重新生成跟踪。'
  },
  'AIO-T004': {
    title: '跟踪序号中断',
    message: '跟踪第 {line} 行：seq 为 {got}，应为 {expected}',
    hint: '跟踪被截断或行的顺序被打乱；用 `aioscope trace` 重新生成它。'
  },
  'AIO-T005': {
    title: '跟踪过大',
    message: '跟踪过大：{detail}',
    hint: '加载更小的跟踪：用 `aioscope trace` 从更短的程序运行重新生成。'
  },
  'AIO-L001': {
    title: '分享链接格式错误',
    message: '这个分享链接格式错误：{detail}',
    hint: '从分享按钮重新复制完整链接；被聊天软件截断的链接无法打开。'
  },
  'AIO-L002': {
    title: '不支持的分享链接版本',
    message: '这个分享链接由更新版本的 aioscope 生成（版本 {version}）',
    hint: '用当前版本的 aioscope 打开这个链接。'
  },
  'AIO-L003': {
    title: '分享链接过大',
    message: '程序太大，无法作为链接分享（{size} 字节，上限 {limit}）',
    hint: '缩短程序，或直接分享文件本身。'
  },
  'AIO-R009': {
    title: '时钟永远到不了的定时器',
    message: '事件循环空转了 {iterations} 次，什么也没运行：下一个定时器在 {when} 到期，时钟永远到不了',
    hint: '截止时间为 inf（asyncio.sleep(float("inf"))、call_at(inf)，或相加后变成 inf 的延迟）永远不会到来；CPython 会一直等下去。请用有限的延迟，或等待某处会设置的 Event 或 Future。'
  },
  'AIO-R010': {
    title: '超出内存预算',
    message: '程序将使用超过 {limit} MiB 内存（估算）；已抛出 MemoryError',
    hint: '构造更小的数据：list(range(...))、`[...] * n` 或遍历数百万项的推导式所需内存超出模拟允许的范围。请惰性迭代（for x in range(n)）或减小 n。'
  },
  'AIO-P050': {
    title: '单独的星号赋值目标',
    hint: '把带星号的名字放进元组或列表：`*a, = [1]` 或 `[*a] = [1]`，或去掉星号直接赋值。'
  },
  'AIO-P051': {
    title: '未知的源文件编码',
    hint: '声明 Python 认识的编码（`# -*- coding: utf-8 -*-` 或 latin-1），或删除编码注释并把文件存为 UTF-8。'
  },
  'AIO-T006': {
    title: '无法读取追踪文件',
    message: '无法读取追踪文件 {file}：{detail}',
    hint: '请检查路径，确认文件存在且可读（录制方法：python3 aioscope_record.py PROG.py > trace.jsonl）。'
  },
  'AIO-T007': {
    title: '追踪中的引用已损坏',
    message: '追踪第 {line} 行：{field} {value} 必须指向更早的事件（这是第 {seq} 个事件）',
    hint: '追踪文件被截断或行序被打乱；请重新录制或生成，不要手动编辑。'
  }
};
