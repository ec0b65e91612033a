import type { Catalog } from '../core/i18n/translate.js';

export type GuideKey =
  | 'next'
  | 'back'
  | 'or'
  | 'yes'
  | 'no'
  | 'errorSummaryTitle'
  | 'errorPrefix'
  | 'error.empty'
  | 'error.emptyMultiple'
  | 'error.exclusive'
  | 'error.unknown'
  | 'error.noWayOn'
  | 'exclusiveCleared'
  | 'othersCleared'
  | 'bringTitle'
  | 'bringHint'
  | 'bringCount'
  | 'print'
  | 'answersTitle'
  | 'changeWhich'
  | 'restart'
  | 'feedbackQuestion'
  | 'feedbackThanks'
  | 'feedbackThanksNo'
  | 'feedbackMoreHelp'
  | 'helpTitle'
  | 'helpIntro'
  | 'readAloud'
  | 'stopReading'
  | 'readAloudFailed'
  | 'helpChannels'
  | 'helpBooking'
  | 'callUs'
  | 'otherHelpLink'
  | 'missing.booking'
  | 'missing.channels'
  | 'bringTitleOnline';

export const guideMessages: { da: Catalog<GuideKey>; en: Catalog<GuideKey>; ar: Catalog<GuideKey> } = {
  da: {
    next: 'Fortsæt',
    back: 'Tilbage',
    or: 'eller',
    yes: 'Ja',
    no: 'Nej',
    errorSummaryTitle: 'Der er et problem',
    errorPrefix: 'Fejl:',
    'error.empty': 'Vælg et svar',
    'error.emptyMultiple': 'Vælg mindst ét svar',
    'error.exclusive': '»{label}« kan ikke vælges sammen med andre svar',
    'error.unknown': 'Vælg et af svarene på listen',
    'error.noWayOn': 'Vi kan ikke vise det næste trin. Det er en fejl hos os, ikke hos dig. Se »Brug for hjælp?« nedenfor.',
    exclusiveCleared: 'De andre svar er fjernet, fordi du valgte »{label}«.',
    othersCleared: 'Svaret »{label}« er fjernet.',
    bringTitle: 'Det skal du have med',
    bringTitleOnline: 'Det skal du bruge',
    bringHint: 'Sæt flueben, når du har tingen klar.',
    bringCount: { one: '{checked} af {count} er klar', other: '{checked} af {count} er klar' },
    print: 'Udskriv',
    answersTitle: 'Dine svar',
    changeWhich: 'svaret på »{question}«',
    restart: 'Start forfra',
    feedbackQuestion: 'Fik du svar på dit spørgsmål?',
    feedbackThanks: 'Tak for dit svar.',
    feedbackThanksNo: 'Tak for dit svar. Vi bruger det til at gøre vejledningen bedre.',
    feedbackMoreHelp: 'Du kan også få hjælp på en anden måde:',
    helpTitle: 'Brug for hjælp?',
    helpIntro: 'Vi hjælper gerne. Vælg den måde, der passer dig:',
    readAloud: 'Læs teksten op',
    stopReading: 'Stop oplæsningen',
    readAloudFailed: 'Oplæsningen virker ikke lige nu.',
    helpChannels: 'Se andre måder at få hjælp',
    helpBooking: 'Book en tid hos Borgerservice',
    callUs: 'Ring til os på {phone}',
    otherHelpLink: 'Find andre måder at få hjælp',
    'missing.booking': 'Du kan ikke booke en tid her på siden.',
    'missing.channels': 'Kontaktmulighederne findes ikke her på siden.',
  },
  en: {
    next: 'Continue',
    back: 'Back',
    or: 'or',
    yes: 'Yes',
    no: 'No',
    errorSummaryTitle: 'There is a problem',
    errorPrefix: 'Error:',
    'error.empty': 'Choose an answer',
    'error.emptyMultiple': 'Choose at least one answer',
    'error.exclusive': '"{label}" cannot be chosen together with other answers',
    'error.unknown': 'Choose one of the answers in the list',
    'error.noWayOn': 'We cannot show the next step. The fault is ours, not yours. See "Need help?" below.',
    exclusiveCleared: 'The other answers were removed, because you chose "{label}".',
    othersCleared: 'The answer "{label}" was removed.',
    bringTitle: 'What to bring',
    bringTitleOnline: 'What you need',
    bringHint: 'Tick each thing when you have it ready.',
    bringCount: { one: '{checked} of {count} item ready', other: '{checked} of {count} items ready' },
    print: 'Print',
    answersTitle: 'Your answers',
    changeWhich: 'the answer to "{question}"',
    restart: 'Start again',
    feedbackQuestion: 'Did you get an answer to your question?',
    feedbackThanks: 'Thank you for your answer.',
    feedbackThanksNo: 'Thank you for your answer. We use it to make the guide better.',
    feedbackMoreHelp: 'You can also get help in another way:',
    helpTitle: 'Need help?',
    helpIntro: 'We are happy to help. Choose the way that suits you:',
    readAloud: 'Read the text aloud',
    stopReading: 'Stop reading aloud',
    readAloudFailed: 'Reading aloud does not work right now.',
    helpChannels: 'See other ways to get help',
    helpBooking: 'Book a time at Citizen Service',
    callUs: 'Call us on {phone}',
    otherHelpLink: 'Find other ways to get help',
    'missing.booking': 'You cannot book a time on this page.',
    'missing.channels': 'The contact options are not on this page.',
  },
  ar: {
    next: 'متابعة',
    back: 'رجوع',
    or: 'أو',
    yes: 'نعم',
    no: 'لا',
    errorSummaryTitle: 'هناك مشكلة',
    errorPrefix: 'خطأ:',
    'error.empty': 'اختر إجابة',
    'error.emptyMultiple': 'اختر إجابة واحدة على الأقل',
    'error.exclusive': 'لا يمكن اختيار «{label}» مع إجابات أخرى',
    'error.unknown': 'اختر إحدى الإجابات في القائمة',
    'error.noWayOn': 'لا يمكننا عرض الخطوة التالية. الخطأ من جانبنا، وليس منك. انظر «هل تحتاج إلى مساعدة؟» أدناه.',
    exclusiveCleared: 'أُزيلت الإجابات الأخرى، لأنك اخترت «{label}».',
    othersCleared: 'أُزيلت الإجابة «{label}».',
    bringTitle: 'ما يجب أن تحضره معك',
    bringTitleOnline: 'ما تحتاجه',
    bringHint: 'ضع علامة عندما يكون الشيء جاهزًا.',
    bringCount: { other: 'جاهز: {checked} من {count}' },
    print: 'طباعة',
    answersTitle: 'إجاباتك',
    changeWhich: 'الإجابة عن «{question}»',
    restart: 'ابدأ من جديد',
    feedbackQuestion: 'هل حصلت على إجابة لسؤالك؟',
    feedbackThanks: 'شكرًا على إجابتك.',
    feedbackThanksNo: 'شكرًا على إجابتك. نستخدمها لتحسين الدليل.',
    feedbackMoreHelp: 'يمكنك أيضًا الحصول على المساعدة بطريقة أخرى:',
    helpTitle: 'هل تحتاج إلى مساعدة؟',
    helpIntro: 'يسعدنا أن نساعدك. اختر الطريقة التي تناسبك:',
    readAloud: 'اقرأ النص بصوت عالٍ',
    stopReading: 'أوقف القراءة',
    readAloudFailed: 'القراءة بصوت عالٍ لا تعمل الآن.',
    helpChannels: 'طرق أخرى للحصول على المساعدة',
    helpBooking: 'احجز موعدًا في خدمة المواطنين (Borgerservice)',
    callUs: 'اتصل بنا على {phone}',
    otherHelpLink: 'طرق أخرى للحصول على المساعدة',
    'missing.booking': 'لا يمكنك حجز موعد في هذه الصفحة.',
    'missing.channels': 'طرق التواصل غير موجودة في هذه الصفحة.',
  },
};
