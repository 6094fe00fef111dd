package news.dateline.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import news.dateline.system.Edition;
import news.dateline.system.EditionLocaleResolver;

/**
 * Lets a controller method take the {@link Edition} of the page it serves as a parameter.
 */
@Configuration(proxyBeanMethods = false)
class EditionArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	private final EditionLocaleResolver resolver;

	EditionArguments(EditionLocaleResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Edition.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		return this.resolver.edition(request.getNativeRequest(HttpServletRequest.class));
	}

}
