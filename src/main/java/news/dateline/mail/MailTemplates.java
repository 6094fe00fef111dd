package news.dateline.mail;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import news.dateline.system.Editions;
import news.dateline.system.SiteProperties;

/**
 * Renders a mail from its two templates, {@code templates/mail/NAME.html} (inline CSS,
 * absolute links) and {@code templates/mail/NAME.txt}, with the site's messages; the
 * subject is the message {@code mail.NAME.subject}. Every template gets {@code site}
 * (name and base URL) besides its own variables.
 */
@Component
public class MailTemplates {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	private final SiteProperties site;

	private final Locale locale;

	/** Mail is written in the default edition's language. */
	MailTemplates(MessageSource messages, SiteProperties site, Editions editions) {
		this.messages = messages;
		this.site = site;
		this.locale = editions.defaultEdition().locale();
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
		this.engine.setTemplateEngineMessageSource(messages);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		resolver.setOrder(order);
		resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
		return resolver;
	}

	/** The subject and both parts of the mail {@code name}. */
	public RenderedMail render(String name, Map<String, Object> variables, Object... subjectArgs) {
		Context context = new Context(this.locale, variables);
		context.setVariable("site", this.site);
		String subject = this.messages.getMessage("mail." + name + ".subject", subjectArgs, this.locale)
			.replaceAll("[\\r\\n\\t]+", " ")
			.strip();
		String html = this.engine.process(name + ".html", context);
		String text = this.engine.process(name + ".txt", context);
		return new RenderedMail(subject, text, html);
	}

}
