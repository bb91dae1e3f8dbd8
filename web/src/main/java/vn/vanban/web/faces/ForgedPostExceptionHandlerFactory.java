package vn.vanban.web.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link ForgedPostExceptionHandler} in front of the handlers configured before it (OmniFaces'). */
public class ForgedPostExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ForgedPostExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ForgedPostExceptionHandler(getWrapped().getExceptionHandler());
    }
}
