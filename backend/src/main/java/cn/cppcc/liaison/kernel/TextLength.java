package cn.cppcc.liaison.kernel;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * {@code @Size} on text counts characters as the contract (JSON Schema's {@code maxLength}) and PostgreSQL's
 * {@code varchar(n)} do: one per Unicode code point, so a name with a rare character outside the BMP (𠀾) is
 * not refused for being one character "too long".
 */
@Singleton
public class TextLength implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(Size.class).includeExistingValidators(true).validatedBy(CodePoints.class);
        configuration.addMapping(mapping);
    }

    /** The validator of {@code @Size} for strings. */
    public static class CodePoints implements ConstraintValidator<Size, String> {

        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            min = size.min();
            max = size.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = value.codePointCount(0, value.length());
            return length >= min && length <= max;
        }
    }
}
