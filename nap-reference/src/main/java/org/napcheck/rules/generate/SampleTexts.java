package org.napcheck.rules.generate;

import org.napcheck.model.Theme;

/** The texts generated plans are made of, of the kind the published plans use. */
final class SampleTexts {
  static final String[] PILLAR_TITLES = {
    "Full, equal and meaningful participation",
    "Prevention of conflict and of violence against women",
    "Protection of the rights of women and girls",
    "Relief and recovery",
    "Promotion of the Women, Peace and Security agenda",
  };

  static final Theme[] PILLAR_THEMES = {
    Theme.PARTICIPATION, Theme.PREVENTION, Theme.PROTECTION, Theme.RELIEF_RECOVERY, Theme.PROMOTION
  };

  static final String[] OBJECTIVE_TITLES = {
    "Continue efforts to achieve equal gender representation in the diplomatic corps.",
    "Increase women's participation in decision-making and leadership.",
    "Increase the participation of women in peacekeeping operations and mediation efforts.",
    "Empower women and girls as agents of change.",
    "Amplify the voices of young people.",
    "Prevent sexual and gender-based violence in conflict.",
    "Support survivors of conflict-related sexual violence.",
  };

  static final String[] ACTION_TEXTS = {
    "Monitor recruitment.",
    "Organise training on the Women, Peace and Security agenda for staff.",
    "Continue to support women mediators.",
    "Ongoing dialogue with civil society organisations.",
    "Avoid organising panels composed solely of people of the same gender.",
    "Develop and implement internal training on violence against women.",
    "Fund projects of civil society organisations in partner countries.",
    "Raise awareness of young people on gender equality.",
    "Maintain support to the UN Trust Fund for Victims.",
    "Publish an annual report on the implementation of the plan.",
    "Second female experts to international missions.",
    "Poursuivre le dialogue avec la société civile.",
  };

  /** Indicator texts, as published plans write them; most are fine, some are gaps on purpose. */
  static final String[] INDICATOR_TEXTS = {
    "number of participants",
    "Number and gender of participants",
    "Annual evaluation of the gender distribution among recruited personnel",
    "number of young people participating in events",
    "number, age and gender of participants",
    "Statements made",
    "Actions taken",
    "Progress made",
    "Training sessions held",
    "Number of supported projects",
    "funds allocated",
    "Research conducted",
    "number of female experts seconded",
    "share of women among heads of mission",
    "Publication of the annual report",
    "composition of delegations (women and men)",
    "nombre de participants par sexe",
    "Centre established",
  };

  /** Responsibility given to everyone rather than to a body. */
  static final String[] EVERYONE = {"All", "All ministries", "All diplomatic missions"};

  private SampleTexts() {}
}
